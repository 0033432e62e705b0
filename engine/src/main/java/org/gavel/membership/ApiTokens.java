package org.gavel.membership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.gavel.membership.model.ApiToken;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.membership.persistence.ApiTokenStore;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: the secretariat issues one to a person for one role they hold, for
 * a script that calls {@code /api} without a browser session (and so without a CSRF
 * token), and revokes it. A token is {@value #PREFIX} and 43 characters of 256 random
 * bits; Gavel keeps only its SHA-256 digest (a random secret of that length needs no slow
 * hash) and shows the token once, when it is issued. A token acts with its one role only,
 * and only while it is neither revoked nor expired and its owner is enabled in the
 * directory and still holds the role ({@code IDENTITY-017} issued, {@code IDENTITY-018}
 * revoked, {@code IDENTITY-019} refused).
 */
@Service
public class ApiTokens {

	/**
	 * How every API token begins, so that it is recognised (and never taken for a JWT).
	 */
	public static final String PREFIX = "gvl_";

	/** The longest a token may be valid. */
	public static final int MAX_DAYS = 366;

	private static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

	private final ApiTokenStore store;

	private final Directory directory;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/** When each token's use was last written, so that a busy script costs no write. */
	private final Map<UUID, Instant> useNoted = new ConcurrentHashMap<>();

	ApiTokens(ApiTokenStore store, Directory directory, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Issues a token.
	 * @param command for whom, in which role, for how long
	 * @return the token with its secret, shown this once, or why not
	 */
	@Transactional
	public Outcome<Issued> issue(IssueToken command) {
		Optional<Person> owner = this.directory.membership().person(command.owner());
		if (owner.isEmpty() || !owner.get().enabled()) {
			return Outcome.refused("owner", "'" + command.owner() + "' is not an enabled person of the directory");
		}
		if (!owner.get().holds(command.role())) {
			return Outcome.refused("role", command.owner() + " does not hold the role " + command.role().realmName()
					+ "; a token carries " + "one role its owner holds ("
					+ String.join(", ", owner.get().roles().stream().map(Role::realmName).sorted().toList()) + ")");
		}
		if (command.validDays() < 1 || command.validDays() > MAX_DAYS) {
			return Outcome.refused("validDays", "must be from 1 to " + MAX_DAYS + " days");
		}
		byte[] bits = new byte[32];
		this.random.nextBytes(bits);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
		Instant now = this.clock.instant();
		ApiToken token = new ApiToken(UUID.randomUUID(), command.owner(), command.label(), command.role(),
				secret.substring(0, PREFIX.length() + 4), now, command.issuedBy(),
				now.plus(Duration.ofDays(command.validDays())), null, null, null);
		this.store.add(token, digest(secret));
		IdentityLog.API_TOKEN_ISSUED.log(token.id(), token.owner(), token.role().realmName(), token.expiresAt(),
				token.issuedBy());
		return Outcome.accepted(new Issued(token, secret));
	}

	/**
	 * Revokes a token: it stops working at once.
	 * @param id the token
	 * @param by who revokes it
	 * @return the token as it is now, or why not
	 */
	@Transactional
	public Outcome<ApiToken> revoke(UUID id, String by) {
		Optional<ApiToken> token = this.store.find(id);
		if (token.isEmpty()) {
			return Outcome.refused(Refusal.of("There is no API token " + id + "."));
		}
		if (!this.store.revoke(id, this.clock.instant(), by)) {
			return Outcome.refused(Refusal.of("The token was revoked already, at " + token.get().revokedAt() + "."));
		}
		IdentityLog.API_TOKEN_REVOKED.log(id, token.get().owner(), by);
		return Outcome.accepted(this.store.find(id).orElseThrow());
	}

	/**
	 * Every token issued, the newest first.
	 * @return the tokens, without their secrets (Gavel does not have them)
	 */
	public List<ApiToken> all() {
		return this.store.all();
	}

	/**
	 * The person and role a token acts for.
	 * @param secret the token as presented
	 * @return who, or why not
	 */
	public Outcome<ApiToken> authenticate(String secret) {
		Optional<ApiToken> found = this.store.byDigest(digest(secret));
		if (found.isEmpty()) {
			return Outcome.refused(Refusal.of("no such token: it was mistyped, or never issued here"));
		}
		ApiToken token = found.get();
		Instant now = this.clock.instant();
		String unusable = token.unusableBecause(now);
		if (unusable != null) {
			return Outcome.refused(Refusal.of("token " + token.id() + " is " + unusable));
		}
		Optional<Person> owner = this.directory.membership().person(token.owner());
		if (owner.isEmpty() || !owner.get().enabled()) {
			return Outcome.refused(Refusal.of("token " + token.id() + ": its owner's account is disabled"));
		}
		if (!owner.get().holds(token.role())) {
			return Outcome.refused(Refusal
				.of("token " + token.id() + ": its owner no longer holds the role " + token.role().realmName()));
		}
		Instant noted = this.useNoted.get(token.id());
		if (noted == null || noted.plus(USE_NOTED_EVERY).isBefore(now)) {
			this.useNoted.put(token.id(), now);
			this.store.used(token.id(), now);
		}
		return Outcome.accepted(token);
	}

	/**
	 * Whether a bearer credential is one of Gavel's API tokens (rather than a JWT).
	 * @param credential the value after {@code Bearer}
	 * @return whether it is
	 */
	public static boolean isApiToken(String credential) {
		return credential != null && credential.startsWith(PREFIX);
	}

	private static String digest(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/**
	 * Issue a token.
	 *
	 * @param owner whom it acts for
	 * @param role the one role it carries
	 * @param label what it is for
	 * @param validDays how long it works, 1 to {@value #MAX_DAYS} days
	 * @param issuedBy who issues it
	 */
	public record IssueToken(String owner, Role role, String label, int validDays, String issuedBy) {

	}

	/**
	 * A token issued.
	 *
	 * @param token the token as kept
	 * @param secret the token itself, shown once and kept nowhere
	 */
	public record Issued(ApiToken token, String secret) {

	}

}
