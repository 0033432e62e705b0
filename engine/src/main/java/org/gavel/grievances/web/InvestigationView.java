package org.gavel.grievances.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.gavel.grievances.ReadingInvestigation;
import org.gavel.grievances.model.EvidenceSharing;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.grievances.model.InterimMeasure;
import org.gavel.grievances.model.InternalNote;
import org.gavel.system.Dates;

/**
 * A case's investigation as the pages show it: to the secretariat and the case's panel
 * whole ({@link #staff}), to a party without its notes ({@link #party}, whose notes are
 * always empty).
 *
 * @param action where its forms post: the case on the desk or in the panel workspace
 * @param measures the interim measures
 * @param requests the questions to the parties (to a party, those put to it)
 * @param notes the internal notes, for the secretariat and the panel only
 * @param evidence the evidence with what the respondent sees of it, for the secretariat
 * and the panel only
 * @param recordsMeasures whether the viewer may record interim measures (a seated member,
 * before the decision)
 * @param asks whether the viewer may ask the parties questions (at the panel stage)
 * @param asksRespondent whether the respondent can be asked yet (the case was put to it)
 * @param clockStopped whether the case waits for the complainant's answer
 * @param rfiWithin the working days a party is given by default
 * @param today today, for the date fields
 */
public record InvestigationView(String action, List<Measure> measures, List<Request> requests, List<Note> notes,
		List<Evidence> evidence, boolean recordsMeasures, boolean asks, boolean asksRespondent, boolean clockStopped,
		int rfiWithin, String today) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/**
	 * The investigation for the secretariat and the case's panel.
	 * @param file what it holds
	 * @param action where its forms post
	 * @param may what the viewer may do
	 * @param now the time now
	 * @param zone the secretariat's zone
	 * @param rfiWithin the default working days to answer
	 * @return the view
	 */
	static InvestigationView staff(ReadingInvestigation.StaffFile file, String action, Rights may, Instant now,
			ZoneId zone, int rfiWithin) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		return new InvestigationView(action, measures(file.measures(), today, zone, may.measures()),
				requests(file.requests(), now, zone, may.asks()),
				file.notes().stream().map((note) -> Note.of(note, zone)).toList(),
				file.evidence().stream().map(Evidence::of).toList(), may.measures(), may.asks(), may.asksRespondent(),
				file.requests()
					.stream()
					.anyMatch((r) -> r.isOpen() && r.party() == InformationRequest.Party.COMPLAINANT),
				rfiWithin, today.toString());
	}

	/**
	 * The investigation for a party: the interim measures and the questions put to it.
	 * @param file what it may read
	 * @param action where its answers post
	 * @param answers whether it may answer (the case is open)
	 * @param now the time now
	 * @param zone the secretariat's zone
	 * @return the view, without notes or evidence
	 */
	static InvestigationView party(ReadingInvestigation.PartyFile file, String action, boolean answers, Instant now,
			ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		return new InvestigationView(action, measures(file.measures(), today, zone, false),
				requests(file.requests(), now, zone, answers), List.of(), List.of(), false, false, false, false, 0,
				today.toString());
	}

	private static List<Measure> measures(List<InterimMeasure> measures, LocalDate today, ZoneId zone,
			boolean liftable) {
		return measures.stream().map((measure) -> Measure.of(measure, today, zone, liftable)).toList();
	}

	private static List<Request> requests(List<InformationRequest> requests, Instant now, ZoneId zone,
			boolean actionable) {
		return requests.stream().map((request) -> Request.of(request, now, zone, actionable)).toList();
	}

	/** The working days a party is given by default, as the form's field shows them. */
	public String defaultDays() {
		return String.valueOf(this.rfiWithin);
	}

	/** Whether the viewer has measures in force to read. */
	public boolean anyInForce() {
		return this.measures.stream().anyMatch(Measure::inForce);
	}

	/**
	 * What the viewer may do.
	 *
	 * @param measures record and lift interim measures
	 * @param asks ask and withdraw questions
	 * @param asksRespondent ask the respondent
	 */
	record Rights(boolean measures, boolean asks, boolean asksRespondent) {

	}

	/**
	 * An interim measure, shown.
	 *
	 * @param id its id
	 * @param measure what it is
	 * @param period e.g. "from 3 March 2027 until lifted"
	 * @param status e.g. "in force"
	 * @param inForce whether it is in force today
	 * @param recorded who recorded it, when
	 * @param lifted who lifted it, when, why; or ""
	 * @param liftedForParty when it was lifted and why, not naming the panel member; or
	 * ""
	 * @param liftable whether the viewer may lift it
	 */
	public record Measure(String id, String measure, String period, String status, boolean inForce, String recorded,
			String lifted, String liftedForParty, boolean liftable) {

		static Measure of(InterimMeasure m, LocalDate today, ZoneId zone, boolean mayLift) {
			String period = "from " + day(m.from())
					+ m.until().map((last) -> " to " + day(last)).orElse(" until lifted");
			return new Measure(m.id().toString(), m.measure(), period, m.status(today), m.inForceOn(today),
					m.recordedBy() + ", " + Dates.at(m.recordedAt(), zone),
					m.lifted()
						.map((l) -> "Lifted by " + l.by() + ", " + Dates.at(l.at(), zone) + ": " + l.reason())
						.orElse(""),
					m.lifted().map((l) -> "Lifted " + Dates.at(l.at(), zone) + ": " + l.reason()).orElse(""),
					mayLift && m.lifted().isEmpty());
		}

	}

	/**
	 * A question to a party, shown.
	 *
	 * @param id its id
	 * @param party whom it is put to
	 * @param question what is asked
	 * @param asked who asked, when
	 * @param answerBy its deadline
	 * @param state "waiting for an answer", "answer overdue", "answered" or "withdrawn"
	 * @param open whether it waits for an answer
	 * @param answer the answer, or ""
	 * @param answered who answered, when; or who withdrew it, when; or ""
	 * @param closedAt when it was answered or withdrawn, or ""
	 * @param actionable whether the viewer may answer (a party) or withdraw (the panel,
	 * the secretariat) it
	 */
	public record Request(String id, String party, String question, String asked, String answerBy, String state,
			boolean open, String answer, String answered, String closedAt, boolean actionable) {

		static Request of(InformationRequest r, Instant now, ZoneId zone, boolean actionable) {
			String state = r.isOpen() ? (r.overdue(now) ? "answer overdue" : "waiting for an answer")
					: (r.answer().isPresent() ? "answered" : "withdrawn");
			String closed = r.answer()
				.map((a) -> "Answered by " + a.by() + ", " + Dates.at(a.at(), zone))
				.or(() -> r.withdrawal().map((w) -> "Withdrawn by " + w.by() + ", " + Dates.at(w.at(), zone)))
				.orElse("");
			String closedAt = r.answer()
				.map(InformationRequest.Answer::at)
				.or(() -> r.withdrawal().map(InformationRequest.Withdrawal::at))
				.map((at) -> Dates.at(at, zone))
				.orElse("");
			return new Request(r.id().toString(), r.party().label(), r.question(),
					r.askedBy() + ", " + Dates.at(r.askedAt(), zone), Dates.deadline(r.answerBy(), zone), state,
					r.isOpen(), r.answer().map(InformationRequest.Answer::text).orElse(""), closed, closedAt,
					actionable && r.isOpen());
		}

	}

	/**
	 * An internal note, shown.
	 *
	 * @param text what it says
	 * @param author who wrote it
	 * @param at when
	 */
	public record Note(String text, String author, String at) {

		static Note of(InternalNote note, ZoneId zone) {
			return new Note(note.text(), note.author(), Dates.at(note.at(), zone));
		}

	}

	/**
	 * A piece of evidence with what the respondent sees of it.
	 *
	 * @param id the evidence file's id
	 * @param fileName its name
	 * @param mediaType its type
	 * @param sha256 its checksum
	 * @param sharing {@code withheld}, {@code shared} or {@code redacted}
	 * @param label what the respondent sees, in words
	 * @param byDefault whether that is the default, not yet decided
	 * @param copyId the redacted copy's id, or ""
	 * @param copyName the redacted copy's name, or ""
	 */
	public record Evidence(String id, String fileName, String mediaType, String sha256, String sharing, String label,
			boolean byDefault, String copyId, String copyName) {

		static Evidence of(ReadingInvestigation.EvidenceItem item) {
			EvidenceSharing sharing = item.sharing();
			return new Evidence(item.original().id().toString(), item.original().fileName(),
					item.original().mediaType(), item.original().sha256(), sharing.value(), sharing.label(),
					item.decision().isEmpty(), item.copy().map((copy) -> copy.id().toString()).orElse(""),
					item.copy().map((copy) -> copy.fileName()).orElse(""));
		}

	}

	private static String day(LocalDate day) {
		return day.format(DAY);
	}

}
