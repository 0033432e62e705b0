package org.gavel.voting.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The row lock that keeps casting and closing apart. Every vote takes a shared lock on
 * its open ballot's row for the length of its transaction; closing takes the exclusive
 * lock, so it waits for votes in flight, and votes after it find the ballot closed. No
 * acknowledged vote can miss the count. (H2 has no shared row lock: there, votes take
 * turns.)
 */
@Repository
public class BallotLocks {

	private final JdbcClient jdbc;

	private final String shared;

	BallotLocks(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			this.shared = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? "for share"
					: "for update";
		}
	}

	/**
	 * Within a transaction, holds the ballot open for a vote.
	 * @param ballot the ballot
	 * @return false when it has been closed
	 */
	public boolean holdOpen(UUID ballot) {
		return this.jdbc.sql("select id from gavel.ballot where id = ? and closed_at is null " + this.shared)
			.param(ballot)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	/**
	 * Within a transaction, takes the ballot for closing, once votes in flight are done.
	 * @param ballot the ballot
	 * @return false when it was closed already
	 */
	public boolean holdForClosing(UUID ballot) {
		return this.jdbc.sql("select id from gavel.ballot where id = ? and closed_at is null for update")
			.param(ballot)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

}
