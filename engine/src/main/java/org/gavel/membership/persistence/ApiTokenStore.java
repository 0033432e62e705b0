package org.gavel.membership.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.membership.model.ApiToken;
import org.gavel.membership.model.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The personal API tokens issued, each by the digest of its secret.
 */
@Repository
public class ApiTokenStore {

	private final JdbcClient jdbc;

	ApiTokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a new token.
	 * @param token the token
	 * @param digest the SHA-256 digest of its secret, in hexadecimal
	 */
	public void add(ApiToken token, String digest) {
		this.jdbc.sql("""
				insert into gavel.api_token (id, owner, label, role, digest, hint, issued_at, issued_by, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(token.id(), token.owner(), token.label(), token.role().name(), digest, token.hint(),
					Timestamp.from(token.issuedAt()), token.issuedBy(), Timestamp.from(token.expiresAt()))
			.update();
	}

	/**
	 * The token whose secret has a digest.
	 * @param digest the digest
	 * @return the token, revoked or not
	 */
	public Optional<ApiToken> byDigest(String digest) {
		return this.jdbc.sql("select * from gavel.api_token where digest = ?")
			.param(digest)
			.query((rs, row) -> token(rs))
			.optional();
	}

	/**
	 * A token.
	 * @param id its identifier
	 * @return the token
	 */
	public Optional<ApiToken> find(UUID id) {
		return this.jdbc.sql("select * from gavel.api_token where id = ?")
			.param(id)
			.query((rs, row) -> token(rs))
			.optional();
	}

	/**
	 * Every token, the newest first.
	 * @return the tokens
	 */
	public List<ApiToken> all() {
		return this.jdbc.sql("select * from gavel.api_token order by issued_at desc")
			.query((rs, row) -> token(rs))
			.list();
	}

	/**
	 * Revokes a token not revoked yet.
	 * @param id the token
	 * @param at when
	 * @param by who
	 * @return whether it was revoked now
	 */
	public boolean revoke(UUID id, Instant at, String by) {
		return this.jdbc
			.sql("update gavel.api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(at), by, id)
			.update() == 1;
	}

	/**
	 * Notes that a token was used.
	 * @param id the token
	 * @param at when
	 */
	public void used(UUID id, Instant at) {
		this.jdbc.sql("update gavel.api_token set last_used_at = ? where id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	private static ApiToken token(ResultSet rs) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("label"),
				Role.valueOf(rs.getString("role")), rs.getString("hint"), instant(rs, "issued_at"),
				rs.getString("issued_by"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
				rs.getString("revoked_by"), instant(rs, "last_used_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
