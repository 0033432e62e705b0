package org.gavel.grievances.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gavel.grievances.model.Affected;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Complaint;
import org.gavel.grievances.model.Exhaustion;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.GrievanceCategory;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.model.Triage;
import org.gavel.system.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case files of grievances, with their histories.
 */
@Repository
public class Grievances {

	/** What a case has when it is filed; the later steps fill in the rest. */
	private static final String FILED_COLUMNS = "id, case_year, case_sequence, complainant_name, complainant_email, "
			+ "confidential, affected, respondent, respondent_name, category, what_happened, where_it_happened, "
			+ "when_it_happened, exhaustion, why_not_tried, remedy, language, stage, filed_at, acknowledge_by";

	private static final String COLUMNS = FILED_COLUMNS
			+ ", missing, complete_by, admissibility, risk, triage_reason, engagement_due_by, outcome";

	private final JdbcClient jdbc;

	Grievances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the numbering lock, held until the transaction ends, so that one filing at a
	 * time allocates a number and checks its form was not filed already.
	 */
	public void lockNumbering() {
		this.jdbc.sql("select id from gavel.grievance_numbering where id = 1 for update").query().listOfRows();
	}

	/**
	 * The next case number of a year; call with the numbering lock held.
	 * @param year the year
	 * @return its next number
	 */
	public CaseNumber nextNumber(int year) {
		int last = this.jdbc.sql("select coalesce(max(case_sequence), 0) from gavel.grievance where case_year = ?")
			.param(year)
			.query(Integer.class)
			.single();
		return new CaseNumber(year, last + 1);
	}

	/**
	 * The case filed from an intake form, if it was.
	 * @param submissionKey the form's hidden key
	 * @return its number
	 */
	public Optional<CaseNumber> filedFrom(UUID submissionKey) {
		return this.jdbc.sql("select case_year, case_sequence from gavel.grievance where submission_key = ?")
			.param(submissionKey)
			.query((rs, row) -> new CaseNumber(rs.getInt(1), rs.getInt(2)))
			.optional();
	}

	public void add(Grievance grievance, UUID submissionKey, String tokenHash) {
		Complaint c = grievance.complaint();
		this.jdbc
			.sql("insert into gavel.grievance (" + FILED_COLUMNS + ", submission_key, token_hash) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(grievance.id(), grievance.number().year(), grievance.number().sequence(), c.name(), c.email(),
					c.confidential(), c.affected().name(), c.respondent(), grievance.respondentName(),
					c.category().name(), c.whatHappened(), c.where(), c.when(), c.exhaustion().name(), c.whyNotTried(),
					c.remedy(), c.language(), grievance.stage().name(), Timestamp.from(grievance.filedAt()),
					Timestamp.from(grievance.acknowledgeBy()), submissionKey, tokenHash)
			.update();
	}

	public Optional<Grievance> find(CaseNumber number) {
		return this.jdbc.sql("select " + COLUMNS + " from gavel.grievance where case_year = ? and case_sequence = ?")
			.params(number.year(), number.sequence())
			.query(Grievances::grievance)
			.optional();
	}

	public Optional<Grievance> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from gavel.grievance where id = ?")
			.param(id)
			.query(Grievances::grievance)
			.optional();
	}

	/**
	 * The cases whose respondent the panel decided to leave unnamed on the register.
	 * @return their ids
	 */
	public Set<UUID> respondentWithheld() {
		return Set.copyOf(this.jdbc.sql("select id from gavel.grievance where withhold_respondent")
			.query((rs, row) -> rs.getObject(1, UUID.class))
			.list());
	}

	/**
	 * The case, as a use case starts from it.
	 * @param number its number
	 * @return it, or a refusal naming the number
	 */
	public Outcome<Grievance> found(CaseNumber number) {
		return find(number).map(Outcome::accepted).orElseGet(() -> Outcome.refused("There is no case " + number + "."));
	}

	/**
	 * The hash of a case's follow-up token.
	 * @param number the case
	 * @return the hash, or empty for a number no case has
	 */
	public Optional<String> tokenHash(CaseNumber number) {
		return this.jdbc.sql("select token_hash from gavel.grievance where case_year = ? and case_sequence = ?")
			.params(number.year(), number.sequence())
			.query(String.class)
			.optional();
	}

	public void replaceTokenHash(UUID id, String tokenHash) {
		this.jdbc.sql("update gavel.grievance set token_hash = ? where id = ?").params(tokenHash, id).update();
	}

	/**
	 * Records that the case is with its complainant to complete.
	 * @param id the case
	 * @param completeBy by when
	 */
	public void returned(UUID id, Instant completeBy) {
		this.jdbc.sql("update gavel.grievance set stage = ?, complete_by = ? where id = ?")
			.params(Stage.INCOMPLETE.name(), Timestamp.from(completeBy), id)
			.update();
	}

	/**
	 * Records what the secretariat found missing.
	 * @param id the case
	 * @param missing what is missing
	 */
	public void missing(UUID id, String missing) {
		this.jdbc.sql("update gavel.grievance set missing = ? where id = ?").params(missing, id).update();
	}

	/**
	 * Records that the complainant completed the case: it is checked again.
	 * @param id the case
	 */
	public void completed(UUID id) {
		this.jdbc.sql("update gavel.grievance set stage = ?, missing = null, complete_by = null where id = ?")
			.params(Stage.ACKNOWLEDGED.name(), id)
			.update();
	}

	/**
	 * Records the confirmed triage and the stage it routes the case to.
	 * @param id the case
	 * @param triage the triage
	 */
	public void triaged(UUID id, Triage triage) {
		this.jdbc
			.sql("update gavel.grievance set stage = ?, admissibility = ?, risk = ?, triage_reason = ? where id = ?")
			.params(triage.route().name(), triage.admissibility().name(), triage.risk().name(), triage.reason(), id)
			.update();
	}

	/**
	 * Records the deadline of a case's bilateral engagement.
	 * @param id the case
	 * @param dueBy the deadline
	 */
	public void engagementDue(UUID id, Instant dueBy) {
		this.jdbc.sql("update gavel.grievance set engagement_due_by = ? where id = ?")
			.params(Timestamp.from(dueBy), id)
			.update();
	}

	/**
	 * Records the outcome to publish on the register.
	 * @param id the case
	 * @param outcome the outcome
	 */
	public void outcome(UUID id, String outcome) {
		this.jdbc.sql("update gavel.grievance set outcome = ? where id = ?").params(outcome, id).update();
	}

	public void stage(UUID id, Stage stage) {
		this.jdbc.sql("update gavel.grievance set stage = ? where id = ?").params(stage.name(), id).update();
	}

	/**
	 * The cases, newest first.
	 * @return every case
	 */
	public List<Grievance> list() {
		return this.jdbc.sql("select " + COLUMNS + " from gavel.grievance order by case_year desc, case_sequence desc")
			.query(Grievances::grievance)
			.list();
	}

	/**
	 * The cases of the public register, newest first.
	 * @param respondent only those about this respondent, or {@code null}
	 * @param stage only those at this stage, or {@code null}
	 * @param year only those filed in this year, or {@code null}
	 * @return the cases
	 */
	public List<Grievance> register(String respondent, Stage stage, Integer year) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from gavel.grievance where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (respondent != null) {
			sql.append(" and respondent = ? and not withhold_respondent");
			params.add(respondent);
		}
		if (stage != null) {
			sql.append(" and stage = ?");
			params.add(stage.name());
		}
		if (year != null) {
			sql.append(" and case_year = ?");
			params.add(year);
		}
		sql.append(" order by case_year desc, case_sequence desc");
		return this.jdbc.sql(sql.toString()).params(params).query(Grievances::grievance).list();
	}

	/**
	 * The years cases were filed in, newest first.
	 * @return the years
	 */
	public List<Integer> years() {
		return this.jdbc.sql("select distinct case_year from gavel.grievance order by case_year desc")
			.query(Integer.class)
			.list();
	}

	/**
	 * How many cases stand at each stage.
	 * @return the count per stage, stages without a case left out
	 */
	public Map<Stage, Long> countsByStage() {
		Map<Stage, Long> counts = new EnumMap<>(Stage.class);
		this.jdbc.sql("select stage, count(*) from gavel.grievance group by stage")
			.query((rs, row) -> counts.put(Stage.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * How many cases still await acknowledgement past their deadline.
	 * @param now the time now
	 * @return the count
	 */
	public long overdueAcknowledgements(Instant now) {
		return this.jdbc.sql("select count(*) from gavel.grievance where stage = ? and acknowledge_by < ?")
			.params(Stage.RECEIVED.name(), Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/**
	 * How many open cases are past the deadline their stage runs against: the
	 * acknowledgement, the complainant's completion, the bilateral engagement, the
	 * respondent's reply once its second notice lapsed, the panel's decision, the appeal
	 * panel's decision, a corrective action not found completed by its due day. A case
	 * waiting for its complainant's answer to a request for information is not counted:
	 * its clock stands still.
	 * @param now the time now
	 * @param zone the secretariat's zone, whose day a corrective action's due date is
	 * @return the count
	 */
	public long breachedDeadlines(Instant now, ZoneId zone) {
		Timestamp at = Timestamp.from(now);
		return this.jdbc.sql("""
				select count(*) from gavel.grievance g
				where ((stage = 'RECEIVED' and acknowledge_by < ?)
				   or (stage = 'INCOMPLETE' and complete_by < ?)
				   or (stage = 'BILATERAL' and engagement_due_by < ?)
				   or (stage = 'PANEL' and reply is null and decide_by is null and final_reply_by < ?)
				   or (stage = 'PANEL' and finding is null and decide_by < ?)
				   or (stage = 'APPEAL' and exists (select 1 from gavel.grievance_appeal a
				        where a.grievance_id = g.id and a.result is null and a.decide_by < ?))
				   or (stage = 'MONITORING' and exists (select 1 from gavel.grievance_corrective_action c
				        where c.grievance_id = g.id and c.completed_at is null and c.due_by < ?)))
				  and not exists (select 1 from gavel.grievance_information_request r
				                  where r.grievance_id = g.id and r.""" + InformationRequests.OPEN_TO_COMPLAINANT + ")")
			.params(at, at, at, at, at, at, Date.valueOf(LocalDate.ofInstant(now, zone)))
			.query(Long.class)
			.single();
	}

	public void event(UUID id, Instant at, GrievanceEvent event, String actor, String detail) {
		this.jdbc
			.sql("insert into gavel.grievance_event (grievance_id, at, event, actor, detail) values (?, ?, ?, ?, ?)")
			.params(id, Timestamp.from(at), event.name(), actor, detail)
			.update();
	}

	public List<Event> events(UUID id) {
		return this.jdbc
			.sql("select at, event, actor, detail from gavel.grievance_event where grievance_id = ? order by seq")
			.param(id)
			.query((rs, row) -> new Event(rs.getTimestamp("at").toInstant(),
					GrievanceEvent.valueOf(rs.getString("event")), rs.getString("actor"), rs.getString("detail")))
			.list();
	}

	private static Grievance grievance(ResultSet rs, int row) throws SQLException {
		Complaint complaint = new Complaint(rs.getString("complainant_name"), rs.getString("complainant_email"),
				rs.getBoolean("confidential"), Affected.valueOf(rs.getString("affected")), rs.getString("respondent"),
				GrievanceCategory.valueOf(rs.getString("category")), rs.getString("what_happened"),
				rs.getString("where_it_happened"), rs.getString("when_it_happened"),
				Exhaustion.valueOf(rs.getString("exhaustion")), rs.getString("why_not_tried"), rs.getString("remedy"),
				rs.getString("language"));
		return new Grievance(rs.getObject("id", UUID.class),
				new CaseNumber(rs.getInt("case_year"), rs.getInt("case_sequence")), complaint,
				rs.getString("respondent_name"), Stage.valueOf(rs.getString("stage")),
				rs.getTimestamp("filed_at").toInstant(), rs.getTimestamp("acknowledge_by").toInstant(),
				rs.getString("missing"), instant(rs, "complete_by"),
				(rs.getString("admissibility") != null)
						? new Triage(Triage.Admissibility.valueOf(rs.getString("admissibility")),
								Triage.Risk.valueOf(rs.getString("risk")), rs.getString("triage_reason"))
						: null,
				instant(rs, "engagement_due_by"), rs.getString("outcome"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	/**
	 * A step in a case's history.
	 *
	 * @param at when
	 * @param event what
	 * @param actor who: a username, or {@code complainant}
	 * @param detail what more was said, or {@code null}
	 */
	public record Event(Instant at, GrievanceEvent event, String actor, String detail) {

	}

}
