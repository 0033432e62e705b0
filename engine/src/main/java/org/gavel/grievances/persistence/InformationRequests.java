package org.gavel.grievances.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gavel.grievances.model.InformationRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requests for information of the investigations, with their answers.
 */
@Repository
public class InformationRequests {

	private static final String COLUMNS = "id, party, question, asked_by, asked_at, answer_by, answer, answered_by, "
			+ "answered_at, withdrawn_by, withdrawn_at";

	/** A request to the complainant that neither an answer nor a withdrawal closed. */
	static final String OPEN_TO_COMPLAINANT = "party = 'COMPLAINANT' and answered_at is null and withdrawn_at is null";

	private final JdbcClient jdbc;

	InformationRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(UUID grievance, InformationRequest request) {
		this.jdbc
			.sql("insert into gavel.grievance_information_request (grievance_id, id, party, question, asked_by, "
					+ "asked_at, answer_by) values (?, ?, ?, ?, ?, ?, ?)")
			.params(grievance, request.id(), request.party().name(), request.question(), request.askedBy(),
					Timestamp.from(request.askedAt()), Timestamp.from(request.answerBy()))
			.update();
	}

	public void answered(UUID id, InformationRequest.Answer answer) {
		this.jdbc
			.sql("update gavel.grievance_information_request set answer = ?, answered_by = ?, answered_at = ? "
					+ "where id = ?")
			.params(answer.text(), answer.by(), Timestamp.from(answer.at()), id)
			.update();
	}

	public void withdrawn(UUID id, InformationRequest.Withdrawal withdrawal) {
		this.jdbc.sql("update gavel.grievance_information_request set withdrawn_by = ?, withdrawn_at = ? where id = ?")
			.params(withdrawal.by(), Timestamp.from(withdrawal.at()), id)
			.update();
	}

	/**
	 * A request of a case.
	 * @param grievance the case
	 * @param id the request
	 * @return it, or empty if the case has no such request
	 */
	public Optional<InformationRequest> find(UUID grievance, UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from gavel.grievance_information_request where grievance_id = ? and id = ?")
			.params(grievance, id)
			.query(InformationRequests::request)
			.optional();
	}

	/**
	 * A case's requests, oldest first.
	 * @param grievance the case
	 * @return its requests
	 */
	public List<InformationRequest> of(UUID grievance) {
		return this.jdbc
			.sql("select " + COLUMNS + " from gavel.grievance_information_request where grievance_id = ? "
					+ "order by asked_at, id")
			.param(grievance)
			.query(InformationRequests::request)
			.list();
	}

	/**
	 * Whether a case waits for its complainant's answer: its clock stands still.
	 * @param id the case
	 * @return whether a question to the complainant is open
	 */
	public boolean waitingForComplainant(UUID id) {
		return this.jdbc
			.sql("select count(*) from gavel.grievance_information_request where grievance_id = ? and "
					+ OPEN_TO_COMPLAINANT)
			.param(id)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * The cases waiting for their complainant's answer, in one read.
	 * @return their ids
	 */
	public Set<UUID> waitingForComplainant() {
		return Set.copyOf(this.jdbc
			.sql("select distinct grievance_id from gavel.grievance_information_request where " + OPEN_TO_COMPLAINANT)
			.query((rs, row) -> rs.getObject(1, UUID.class))
			.list());
	}

	private static InformationRequest request(ResultSet rs, int row) throws SQLException {
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
		return new InformationRequest(rs.getObject("id", UUID.class),
				InformationRequest.Party.valueOf(rs.getString("party")), rs.getString("question"),
				rs.getString("asked_by"), rs.getTimestamp("asked_at").toInstant(),
				rs.getTimestamp("answer_by").toInstant(),
				(answeredAt == null) ? Optional.empty()
						: Optional.of(new InformationRequest.Answer(rs.getString("answer"), rs.getString("answered_by"),
								answeredAt.toInstant())),
				(withdrawnAt == null) ? Optional.empty() : Optional
					.of(new InformationRequest.Withdrawal(rs.getString("withdrawn_by"), withdrawnAt.toInstant())));
	}

}
