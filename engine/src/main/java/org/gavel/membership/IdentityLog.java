package org.gavel.membership;

import org.gavel.system.LogCode;
import org.slf4j.event.Level;

/**
 * The log codes of the membership directory, sign-in and electoral rolls
 * ({@code IDENTITY-0xx}).
 */
public enum IdentityLog implements LogCode {

	DIRECTORY_READ(1, Level.INFO, "directory read from {}: {} categories, {} organisations, {} people"),
	REALM_FILE_INVALID(2, Level.ERROR, "the realm file cannot be used:\n  {}"),
	ENGINE_IDENTITIES(3, Level.INFO, "engine identities mirror the realm file: {} users, {} groups"),
	DIRECTORY_NOT_REFRESHED(4, Level.WARN, "Keycloak directory not refreshed, keeping the one read at {}: {}"),
	KEYCLOAK_UNREACHABLE(5, Level.ERROR, "Gavel could not reach Keycloak's realm at {}: {}."),
	KEYCLOAK_ADMIN_UNREADABLE(6, Level.ERROR,
			"Keycloak's admin API at {} could not be read: {}. Check GAVEL_KEYCLOAK_URL, that Keycloak is up, and that the client {} has its secret (GAVEL_KEYCLOAK_ENGINE_SECRET) and the realm-management roles view-users, query-users and query-groups."),
	SIGNED_IN(10, Level.INFO, "signed in user={}"),
	SIGN_IN_REFUSED(11, Level.WARN, "sign-in refused user={} reason={}"),
	ACCESS_DENIED(12, Level.WARN, "access denied user={} to {}"),
	TOKEN_REFUSED(13, Level.WARN, "bearer token refused for {} {}: {}"),
	RIGHT_REFUSED(14, Level.INFO, "right refused user={} action={} reason={}"),
	SIGN_IN_LOCKED(15, Level.WARN, "sign-in locked {} for {}"),
	LOCKS_LIFTED(16, Level.INFO, "sign-in locks lifted account={} address={} count={} by={}"),
	API_TOKEN_ISSUED(17, Level.INFO, "API token issued id={} owner={} role={} expires={} by={}"),
	API_TOKEN_REVOKED(18, Level.INFO, "API token revoked id={} owner={} by={}"),
	API_TOKEN_REFUSED(19, Level.WARN, "API token refused for {} {}: {}"),
	NOT_IN_DIRECTORY(20, Level.WARN, "{} is not in the membership directory"),
	DISABLED_ACCOUNT_REFUSED(21, Level.WARN, "request of a disabled account refused user={} {} {}"),
	ROLL_TAKEN(30, Level.INFO,
			"electoral roll taken id={} electorate={} voters={} added={} removed={} changed={} by={}"),
	ROLL_DERIVED(31, Level.INFO, "electoral roll derived id={} from={} voters={} left-out={} by={}"),
	PANEL_ROLL_TAKEN(32, Level.INFO, "complaints panel roll taken id={} voters={} left-out={} by={}"),
	MEMBERSHIP_SANCTIONED(33, Level.WARN, "membership {} organisation={} reference={} approval={}"),
	SUSPENSION_LIFTED(34, Level.INFO, "membership suspension lifted organisation={} reference={} by={}");

	private final Entry entry;

	IdentityLog(int number, Level level, String message) {
		this.entry = Entry.of("IDENTITY", number, level, message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}
