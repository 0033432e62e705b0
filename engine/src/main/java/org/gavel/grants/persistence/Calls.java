package org.gavel.grants.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gavel.grants.model.Addendum;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Criteria;
import org.gavel.grants.model.Criterion;
import org.gavel.grants.model.Money;
import org.gavel.grants.model.Question;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RequiredAttachment;
import org.gavel.grants.model.Rfp;
import org.gavel.grants.model.RfpStatus;
import org.gavel.system.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests for proposals, their criteria and required files, their questions and addenda.
 */
@Repository
public class Calls {

	private final JdbcClient jdbc;

	Calls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next RFP number of a year, under a lock on the year's RFPs so that two drafts
	 * never share one.
	 * @param year the year
	 * @return the number, from 1
	 */
	public int nextNumber(int year) {
		this.jdbc.sql("select id from gavel.rfp where reference like ? for update")
			.param("RFP-" + year + "-%")
			.query(UUID.class)
			.list();
		return this.jdbc.sql("select count(*) from gavel.rfp where reference like ?")
			.param("RFP-" + year + "-%")
			.query(Integer.class)
			.single() + 1;
	}

	/**
	 * Locks an RFP's row until the transaction ends, so that steps deciding something of
	 * the whole call (is every proposal settled?) run one after the other.
	 * @param id the RFP
	 */
	public void lock(UUID id) {
		this.jdbc.sql("select id from gavel.rfp where id = ? for update").param(id).query(UUID.class).list();
	}

	public void add(Call call) {
		Rfp rfp = call.rfp();
		this.jdbc.sql("""
				insert into gavel.rfp (id, reference, working_group, drafted_by, drafted_at, status, version, title,
				    scope, currency, ceiling, largest_grant, countries, organisation_types, members_only,
				    questions_open, questions_close, deadline, zone, panel, evaluators_per_proposal, matched_funding)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(call.id(), call.reference().toString(), call.workingGroup(), call.draftedBy(),
					Timestamp.from(call.draftedAt()), call.status().name(), call.version(), rfp.title(), rfp.scope(),
					rfp.ceiling().currency().getCurrencyCode(), rfp.ceiling().amount(), rfp.largestGrant().amount(),
					String.join(",", rfp.countries()), String.join(",", rfp.organisationTypes()), rfp.membersOnly(),
					Timestamp.from(rfp.questionsOpen()), Timestamp.from(rfp.questionsClose()),
					Timestamp.from(rfp.deadline()), rfp.zone().getId(), String.join(",", rfp.panel()),
					rfp.evaluatorsPerProposal(), rfp.matchedFunding())
			.update();
		addParts(call.id(), rfp);
	}

	/**
	 * Replaces an RFP's content by a revision the EC asked for.
	 * @param id the RFP
	 * @param rfp the revised content
	 * @return the new version's number
	 */
	public int revise(UUID id, Rfp rfp) {
		this.jdbc.sql("""
				update gavel.rfp set version = version + 1, title = ?, scope = ?, currency = ?, ceiling = ?,
				    largest_grant = ?, countries = ?, organisation_types = ?, members_only = ?, questions_open = ?,
				    questions_close = ?, deadline = ?, zone = ?, panel = ?, evaluators_per_proposal = ?,
				    matched_funding = ?
				where id = ?""")
			.params(rfp.title(), rfp.scope(), rfp.ceiling().currency().getCurrencyCode(), rfp.ceiling().amount(),
					rfp.largestGrant().amount(), String.join(",", rfp.countries()),
					String.join(",", rfp.organisationTypes()), rfp.membersOnly(), Timestamp.from(rfp.questionsOpen()),
					Timestamp.from(rfp.questionsClose()), Timestamp.from(rfp.deadline()), rfp.zone().getId(),
					String.join(",", rfp.panel()), rfp.evaluatorsPerProposal(), rfp.matchedFunding(), id)
			.update();
		this.jdbc.sql("delete from gavel.rfp_criterion where rfp_id = ?").param(id).update();
		this.jdbc.sql("delete from gavel.rfp_required_file where rfp_id = ?").param(id).update();
		addParts(id, rfp);
		return this.jdbc.sql("select version from gavel.rfp where id = ?").param(id).query(Integer.class).single();
	}

	private void addParts(UUID id, Rfp rfp) {
		List<Criterion> criteria = rfp.criteria().list();
		for (int i = 0; i < criteria.size(); i++) {
			Criterion c = criteria.get(i);
			this.jdbc.sql("""
					insert into gavel.rfp_criterion (rfp_id, position, criterion_key, title, weight, max_score,
					    guidance)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, i, c.key(), c.title(), c.weight(), c.maxScore(), c.guidance())
				.update();
		}
		for (int i = 0; i < rfp.attachments().size(); i++) {
			RequiredAttachment a = rfp.attachments().get(i);
			this.jdbc.sql("""
					insert into gavel.rfp_required_file (rfp_id, position, label, media_types, max_bytes)
					values (?, ?, ?, ?, ?)""")
				.params(id, i, a.label(), String.join(",", a.mediaTypes().stream().sorted().toList()), a.maxBytes())
				.update();
		}
	}

	public void status(UUID id, RfpStatus status) {
		this.jdbc.sql("update gavel.rfp set status = ? where id = ?").params(status.name(), id).update();
	}

	public void approved(UUID id, UUID approvalId, Instant publishedAt) {
		this.jdbc.sql("update gavel.rfp set status = ?, approval_id = ?, published_at = ? where id = ?")
			.params(RfpStatus.PUBLISHED.name(), approvalId, Timestamp.from(publishedAt), id)
			.update();
	}

	public void rejected(UUID id, UUID approvalId) {
		this.jdbc.sql("update gavel.rfp set status = ?, approval_id = ? where id = ?")
			.params(RfpStatus.REJECTED.name(), approvalId, id)
			.update();
	}

	/**
	 * An RFP a use case acts on.
	 * @param reference the RFP
	 * @return the RFP, or a refusal saying there is none
	 */
	public Outcome<Call> found(Reference reference) {
		return find(reference).map(Outcome::accepted)
			.orElseGet(() -> Outcome.refused("There is no request for proposals " + reference + "."));
	}

	public Optional<Call> find(Reference reference) {
		return this.jdbc.sql("select * from gavel.rfp where reference = ?")
			.param(reference.toString())
			.query(this::call)
			.optional();
	}

	public Optional<Call> find(UUID id) {
		return this.jdbc.sql("select * from gavel.rfp where id = ?").param(id).query(this::call).optional();
	}

	/**
	 * Every RFP, the newest deadline first.
	 * @return the RFPs
	 */
	public List<Call> all() {
		return this.jdbc.sql("select * from gavel.rfp order by deadline desc, reference").query(this::call).list();
	}

	public int addQuestion(UUID rfpId, UUID id, String askedBy, Instant at, String text) {
		int number = this.jdbc.sql("select coalesce(max(number), 0) + 1 from gavel.rfp_question where rfp_id = ?")
			.param(rfpId)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into gavel.rfp_question (id, rfp_id, number, asked_by, asked_at, question)
				values (?, ?, ?, ?, ?, ?)""").params(id, rfpId, number, askedBy, Timestamp.from(at), text).update();
		return number;
	}

	/**
	 * Answers a question that has none yet.
	 * @return whether it was unanswered (and is now answered)
	 */
	public boolean answer(UUID rfpId, int number, String answer, String by, Instant at) {
		return this.jdbc.sql("""
				update gavel.rfp_question set answer = ?, answered_by = ?, answered_at = ?
				where rfp_id = ? and number = ? and answer is null""")
			.params(answer, by, Timestamp.from(at), rfpId, number)
			.update() == 1;
	}

	public List<Question> questions(UUID rfpId) {
		return this.jdbc.sql("select * from gavel.rfp_question where rfp_id = ? order by number")
			.param(rfpId)
			.query((rs, n) -> new Question(rs.getObject("id", UUID.class), rs.getInt("number"),
					rs.getString("asked_by"), instant(rs, "asked_at"), rs.getString("question"), rs.getString("answer"),
					rs.getString("answered_by"), instant(rs, "answered_at")))
			.list();
	}

	public Addendum addAddendum(UUID rfpId, String text, Instant oldDeadline, Instant newDeadline, String by,
			Instant at) {
		int number = this.jdbc.sql("select coalesce(max(number), 0) + 1 from gavel.rfp_addendum where rfp_id = ?")
			.param(rfpId)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into gavel.rfp_addendum (rfp_id, number, text, old_deadline, new_deadline, issued_by, issued_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(rfpId, number, text, (oldDeadline != null) ? Timestamp.from(oldDeadline) : null,
					(newDeadline != null) ? Timestamp.from(newDeadline) : null, by, Timestamp.from(at))
			.update();
		if (newDeadline != null) {
			this.jdbc.sql("update gavel.rfp set deadline = ? where id = ?")
				.params(Timestamp.from(newDeadline), rfpId)
				.update();
		}
		return new Addendum(number, text, oldDeadline, newDeadline, by, at);
	}

	public List<Addendum> addenda(UUID rfpId) {
		return this.jdbc.sql("select * from gavel.rfp_addendum where rfp_id = ? order by number")
			.param(rfpId)
			.query((rs, n) -> new Addendum(rs.getInt("number"), rs.getString("text"), instant(rs, "old_deadline"),
					instant(rs, "new_deadline"), rs.getString("issued_by"), instant(rs, "issued_at")))
			.list();
	}

	private Call call(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Currency currency = Currency.getInstance(rs.getString("currency"));
		List<Criterion> criteria = this.jdbc.sql("select * from gavel.rfp_criterion where rfp_id = ? order by position")
			.param(id)
			.query((c, n) -> new Criterion(c.getString("criterion_key"), c.getString("title"), c.getInt("weight"),
					c.getInt("max_score"), c.getString("guidance")))
			.list();
		List<RequiredAttachment> files = this.jdbc
			.sql("select * from gavel.rfp_required_file where rfp_id = ? order by position")
			.param(id)
			.query((f, n) -> new RequiredAttachment(f.getString("label"), set(f.getString("media_types")),
					f.getLong("max_bytes")))
			.list();
		Rfp rfp = new Rfp(rs.getString("title"), rs.getString("scope"), money(rs, "ceiling", currency),
				money(rs, "largest_grant", currency), set(rs.getString("countries")),
				set(rs.getString("organisation_types")), rs.getBoolean("members_only"),
				Criteria.of(criteria).orElseThrow(), instant(rs, "questions_open"), instant(rs, "questions_close"),
				instant(rs, "deadline"), ZoneId.of(rs.getString("zone")), files, set(rs.getString("panel")),
				rs.getInt("evaluators_per_proposal"), rs.getBoolean("matched_funding"));
		return new Call(id, Reference.parse(rs.getString("reference")).orElseThrow(), rs.getString("working_group"),
				rs.getString("drafted_by"), instant(rs, "drafted_at"), RfpStatus.valueOf(rs.getString("status")),
				rs.getInt("version"), rfp, rs.getObject("approval_id", UUID.class), instant(rs, "published_at"));
	}

	static Money money(ResultSet rs, String column, Currency currency) throws SQLException {
		return new Money(rs.getBigDecimal(column).stripTrailingZeros(), currency);
	}

	private static Set<String> set(String text) {
		return Arrays.stream(text.split(","))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

}
