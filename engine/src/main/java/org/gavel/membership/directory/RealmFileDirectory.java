package org.gavel.membership.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.gavel.membership.Directory;
import org.gavel.membership.IdentityLog;
import org.gavel.membership.model.Membership;

import org.springframework.core.io.Resource;

/**
 * The membership directory of the embedded default: the realm file, read once at start-up
 * ({@code IDENTITY-001}). A file that cannot be used stops the start with every problem
 * listed ({@code IDENTITY-002}).
 */
public class RealmFileDirectory implements Directory {

	private final Membership membership;

	private final Map<String, String> passwords;

	public RealmFileDirectory(Resource realmFile) throws IOException {
		String name = realmFile.getDescription();
		try (InputStream in = realmFile.getInputStream()) {
			RealmFile.Contents contents = RealmFile.read(name, in);
			this.membership = contents.membership();
			this.passwords = contents.passwords();
		}
		IdentityLog.DIRECTORY_READ.log(name, this.membership.categories().size(),
				this.membership.organisations().size(), this.membership.persons().size());
	}

	@Override
	public Membership membership() {
		return this.membership;
	}

	/**
	 * Returns the plain-text password the realm file gives a user, if any.
	 * @param username the user
	 * @return the password of the demo realm; empty for exported realms, which hold only
	 * hashes
	 */
	public Optional<String> passwordOf(String username) {
		return Optional.ofNullable(this.passwords.get(username));
	}

}
