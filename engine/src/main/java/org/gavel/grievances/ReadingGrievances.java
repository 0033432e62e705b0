package org.gavel.grievances;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gavel.attachments.ReadingAttachments;
import org.gavel.attachments.model.Attachment;
import org.gavel.grievances.model.AppealFile;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.model.TrackedAction;
import org.gavel.grievances.persistence.GrievanceAppeals;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;

import org.springframework.stereotype.Service;

/**
 * Reads case files: for the complainant who opened their case with its token, and for the
 * secretariat's case desk.
 */
@Service
public class ReadingGrievances {

	/** What of its history the complainant sees (never an internal step). */
	private static final Set<GrievanceEvent> FOR_COMPLAINANT = Set.of(GrievanceEvent.FILED,
			GrievanceEvent.EVIDENCE_ADDED, GrievanceEvent.ACKNOWLEDGED, GrievanceEvent.RETURNED_INCOMPLETE,
			GrievanceEvent.COMPLETED_BY_COMPLAINANT, GrievanceEvent.CLOSED_INCOMPLETE, GrievanceEvent.TRIAGE_CONFIRMED,
			GrievanceEvent.TRIAGE_OVERRIDDEN, GrievanceEvent.ENGAGEMENT_OPENED, GrievanceEvent.CHECKED_IN,
			GrievanceEvent.RESOLVED, GrievanceEvent.ESCALATED_TO_PANEL, GrievanceEvent.WITHDRAWN,
			GrievanceEvent.TOKEN_REPLACED, GrievanceEvent.DECIDED, GrievanceEvent.APPEALED,
			GrievanceEvent.APPEAL_DECIDED, GrievanceEvent.DECISION_FINAL, GrievanceEvent.CLOSED,
			GrievanceEvent.INTERIM_MEASURE_RECORDED, GrievanceEvent.INTERIM_MEASURE_LIFTED,
			GrievanceEvent.SANCTION_REFERRED, GrievanceEvent.SANCTION_APPROVED, GrievanceEvent.SANCTION_REJECTED,
			GrievanceEvent.SUSPENSION_LIFTED);

	/** What of its history the respondent sees: the panel's steps with it. */
	private static final Set<GrievanceEvent> FOR_RESPONDENT = Set.of(GrievanceEvent.RESPONDENT_NOTIFIED,
			GrievanceEvent.RESPONDENT_REMINDED, GrievanceEvent.SECOND_NOTICE, GrievanceEvent.REPLY_LAPSED,
			GrievanceEvent.REPLIED, GrievanceEvent.DECIDED, GrievanceEvent.WITHDRAWN, GrievanceEvent.APPEALED,
			GrievanceEvent.APPEAL_DECIDED, GrievanceEvent.DECISION_FINAL, GrievanceEvent.ACTIONS_REMINDER,
			GrievanceEvent.ACTIONS_OVERDUE, GrievanceEvent.ACTION_COMPLETED, GrievanceEvent.CLOSED,
			GrievanceEvent.INTERIM_MEASURE_RECORDED, GrievanceEvent.INTERIM_MEASURE_LIFTED,
			GrievanceEvent.SANCTION_REFERRED, GrievanceEvent.SANCTION_APPROVED, GrievanceEvent.SANCTION_REJECTED,
			GrievanceEvent.SUSPENSION_LIFTED);

	/** The stages at which a decision is in force and published. */
	private static final Set<Stage> DECIDED = Set.of(Stage.DECIDED, Stage.APPEAL, Stage.SANCTION, Stage.MONITORING,
			Stage.CLOSED);

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceAppeals appeals;

	private final Respondents respondents;

	private final ReadingAttachments attachments;

	private final ReadingInvestigation investigation;

	ReadingGrievances(Grievances grievances, GrievancePanels panels, GrievanceAppeals appeals, Respondents respondents,
			ReadingAttachments attachments, ReadingInvestigation investigation) {
		this.grievances = grievances;
		this.panels = panels;
		this.appeals = appeals;
		this.respondents = respondents;
		this.attachments = attachments;
		this.investigation = investigation;
	}

	/**
	 * The panel stage of a case, for the secretariat and the case's panel.
	 * @param grievance the case
	 * @return its conflicts, panel, reply and decision
	 */
	public PanelFile panelFile(Grievance grievance) {
		return this.panels.of(grievance.id());
	}

	/**
	 * Whether the panel put its proposed decision to its members' vote, still running.
	 * @param grievance the case
	 * @return whether it did
	 */
	public boolean putToVote(Grievance grievance) {
		return this.panels.putToVote(grievance.id());
	}

	/**
	 * The appeal stage of a case, for the secretariat, the case's panels and its parties.
	 * @param grievance the case
	 * @return what it holds
	 */
	public AppealFile appealFile(Grievance grievance) {
		return this.appeals.of(grievance.id());
	}

	/**
	 * The corrective actions of the decision in force, each open or completed.
	 * @param grievance the case
	 * @return its actions in order, none before a decision
	 */
	public List<TrackedAction> actions(Grievance grievance) {
		return this.panels.actions(grievance.id());
	}

	/**
	 * A case as a member of the grievance panel may see it: whole if they sit on its
	 * panel or its appeal panel; while either is being formed, without the complainant,
	 * so that they can declare a conflict.
	 * @param number the case
	 * @param username the panel member
	 * @return the case file, and whether they sit on its panel; empty if neither
	 */
	public Optional<PanelCase> forPanel(CaseNumber number, String username) {
		return this.grievances.find(number).flatMap((grievance) -> panelCase(grievance, username));
	}

	/**
	 * The cases a member of the grievance panel has to do with: those whose panel is
	 * being formed, and those they sit on.
	 * @param username the panel member
	 * @return the cases, newest first
	 */
	public List<PanelCase> panelCases(String username) {
		Set<UUID> seated = new HashSet<>(this.panels.seatedOn(username));
		seated.addAll(this.appeals.seatedOn(username));
		return this.grievances.list()
			.stream()
			.filter((grievance) -> seated.contains(grievance.id()) || grievance.stage() == Stage.PANEL
					|| grievance.stage() == Stage.APPEAL)
			.map((grievance) -> panelCase(grievance, username))
			.flatMap(Optional::stream)
			.toList();
	}

	private Optional<PanelCase> panelCase(Grievance grievance, String username) {
		PanelFile panel = this.panels.of(grievance.id());
		AppealFile appeal = this.appeals.of(grievance.id());
		boolean seated = seats(panel, username) || appeal.seats(username);
		boolean forming = (grievance.stage() == Stage.PANEL && panel.panel().isEmpty())
				|| (grievance.stage() == Stage.APPEAL && appeal.panel().isEmpty());
		if (!seated && !forming) {
			return Optional.empty();
		}
		return Optional
			.of(new PanelCase(seated ? file(grievance, false) : new CaseFile(grievance, List.of(), List.of()), panel,
					seated, appeal, appeal.seats(username)));
	}

	private static boolean seats(PanelFile panel, String username) {
		return panel.panel().filter((formed) -> formed.seats(username)).isPresent();
	}

	/**
	 * A case as a representative of its respondent sees it, once the panel asked for the
	 * respondent's reply: the allegation and what the panel decided, never a complainant
	 * who asked for confidentiality or filed anonymously, never the internal steps; the
	 * evidence the secretariat shares with it, a redacted item as its copy (by default
	 * none when the complainant's identity is withheld, since evidence can reveal who
	 * filed it).
	 * @param number the case
	 * @param username who asks
	 * @return the case, empty if they do not answer for its respondent or it was not put
	 * to them
	 */
	public Optional<RespondentCase> forRespondent(CaseNumber number, String username) {
		return this.grievances.find(number)
			.filter((grievance) -> answersFor(grievance, username))
			.flatMap(this::respondentCase);
	}

	/**
	 * The cases a person answers for as a representative of their respondent.
	 * @param username who
	 * @return the cases put to them, newest first
	 */
	public List<RespondentCase> respondentCases(String username) {
		return this.grievances.list()
			.stream()
			.filter((grievance) -> answersFor(grievance, username))
			.map(this::respondentCase)
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * Whether someone may read a case's evidence files as they are, besides the
	 * secretariat: a member of its panel. The respondent's representatives are served
	 * only what the secretariat shares with them, each file checked on its own, on the
	 * reply page ({@link ReadingInvestigation#sharedFile}).
	 * @param id the case's id
	 * @param username who
	 * @return whether they may
	 */
	boolean mayReadEvidence(UUID id, String username) {
		return seats(this.panels.of(id), username) || this.appeals.of(id).seats(username);
	}

	private boolean answersFor(Grievance grievance, String username) {
		return this.respondents.representativesOf(grievance.complaint()).contains(username);
	}

	/** The case as its respondent sees it, once the panel asked for its reply. */
	private Optional<RespondentCase> respondentCase(Grievance grievance) {
		PanelFile panel = this.panels.of(grievance.id());
		if (panel.replyBy().isEmpty()) {
			return Optional.empty();
		}
		boolean withheld = grievance.complaint().identityWithheld();
		List<Grievances.Event> history = this.grievances.events(grievance.id())
			.stream()
			.filter((event) -> FOR_RESPONDENT.contains(event.event()))
			.toList();
		List<ReadingInvestigation.Shared> evidence = this.investigation.sharedWithRespondent(grievance);
		// a decision proposed to the panel's vote is not yet the panel's: shown once
		// published
		boolean published = DECIDED.contains(grievance.stage());
		return Optional.of(new RespondentCase(grievance, !withheld, history, evidence, panel.replyBy().get(),
				panel.finalReplyBy().orElseThrow(), panel.reply(), published ? panel.decision() : Optional.empty(),
				published ? panel.sanction().orElse("") : "", this.appeals.of(grievance.id()),
				this.panels.actions(grievance.id())));
	}

	/**
	 * A case as its complainant sees it.
	 * @param number the case they opened
	 * @return the case, its history for them and the evidence they sent
	 */
	public Optional<CaseFile> forComplainant(CaseNumber number) {
		return this.grievances.find(number).map((grievance) -> file(grievance, true));
	}

	/**
	 * A case as the secretariat sees it.
	 * @param number the case
	 * @return the whole case file
	 */
	public Optional<CaseFile> forSecretariat(CaseNumber number) {
		return this.grievances.find(number).map((grievance) -> file(grievance, false));
	}

	/**
	 * Every case, newest first, for the case desk.
	 * @return the cases
	 */
	public List<Grievance> all() {
		return this.grievances.list();
	}

	/**
	 * The public register: every case's number, respondent, category, stage and date,
	 * never anything of its complainant.
	 * @param respondent only those about this respondent (an organisation's id or
	 * {@code secretariat}), or {@code null}
	 * @param stage only those at this stage, or {@code null}
	 * @param year only those filed in this year, or {@code null}
	 * @return the entries, newest first
	 */
	public List<RegisterEntry> register(String respondent, Stage stage, Integer year) {
		Set<UUID> withheld = this.grievances.respondentWithheld();
		Map<UUID, List<TrackedAction>> actionsOf = this.panels.correctiveActions();
		Map<UUID, String> sanctions = this.panels.sanctions();
		return this.grievances.register(respondent, stage, year).stream().map((g) -> {
			boolean published = DECIDED.contains(g.stage());
			List<TrackedAction> actions = published ? actionsOf.getOrDefault(g.id(), List.of()) : List.of();
			return new RegisterEntry(g.number().toString(),
					withheld.contains(g.id()) ? "withheld by the complaints panel" : g.respondentName(),
					g.complaint().category().label(), g.stage(), g.filedAt(), published ? g.outcome() : null, actions,
					published ? sanctions.get(g.id()) : null);
		}).toList();
	}

	/**
	 * The years of the register, for its filter.
	 * @return the years cases were filed in, newest first
	 */
	public List<Integer> registerYears() {
		return this.grievances.years();
	}

	private CaseFile file(Grievance grievance, boolean complainant) {
		List<Grievances.Event> history = this.grievances.events(grievance.id())
			.stream()
			.filter((event) -> !complainant || FOR_COMPLAINANT.contains(event.event()))
			.toList();
		return new CaseFile(grievance, history, evidence(grievance));
	}

	/**
	 * The evidence the complainant sent; the secretariat's redacted copies are read with
	 * the investigation ({@link ReadingInvestigation#forStaff}).
	 */
	private List<Attachment> evidence(Grievance grievance) {
		return this.attachments.all(new Attachment.Owner(GrievanceEvidence.KIND, grievance.id().toString()))
			.stream()
			.filter(Attachment::withoutAccount)
			.toList();
	}

	/**
	 * The letter acknowledging a grievance, once the secretariat has acknowledged it.
	 * @param number the case
	 * @return the case file and the acknowledgement, or empty before it
	 */
	public Optional<AcknowledgementLetter> acknowledgementLetter(CaseNumber number) {
		return forSecretariat(number).flatMap((file) -> file.history()
			.stream()
			.filter((event) -> event.event() == GrievanceEvent.ACKNOWLEDGED)
			.findFirst()
			.map((acknowledged) -> new AcknowledgementLetter(file.grievance(), acknowledged)));
	}

	/**
	 * The letter with the complaints panel's decision, once the case closed with it.
	 * @param number the case
	 * @return the case and its decision, or empty before
	 */
	public Optional<DecisionLetter> decisionLetter(CaseNumber number) {
		return forSecretariat(number).flatMap((file) -> file.history()
			.stream()
			.filter((event) -> event.event() == GrievanceEvent.DECIDED)
			.findFirst()
			.flatMap((decided) -> {
				PanelFile panel = this.panels.of(file.grievance().id());
				return panel.decision()
					.map((decision) -> new DecisionLetter(file.grievance(), decision, panel.sanction().orElse(""),
							decided.at(), this.appeals.of(file.grievance().id())));
			}));
	}

	/**
	 * A letter with the complaints panel's decision.
	 *
	 * @param grievance the case
	 * @param decision the decision
	 * @param sanction its sanction with the EC's ruling, or ""
	 * @param decidedAt when the complaints panel's decision was published
	 * @param appeal its appeal stage: the window, and any appeal and its decision
	 */
	public record DecisionLetter(Grievance grievance, PanelDecision decision, String sanction, Instant decidedAt,
			AppealFile appeal) {

	}

	/**
	 * A letter acknowledging a grievance.
	 *
	 * @param grievance the case
	 * @param acknowledged its acknowledgement: when, by whom, with what note
	 */
	public record AcknowledgementLetter(Grievance grievance, Grievances.Event acknowledged) {

	}

	/**
	 * A case as the public register shows it.
	 *
	 * @param number its case number
	 * @param respondent whom it is about
	 * @param category what it is about
	 * @param stage where it stands
	 * @param filedAt when it was filed
	 * @param outcome the outcome published once decided or resolved, or {@code null}
	 * @param actions the corrective actions of the decision in force, in order, each open
	 * or completed
	 * @param sanction the published decision's sanction with the EC's ruling, or
	 * {@code null}
	 */
	public record RegisterEntry(String number, String respondent, String category, Stage stage, Instant filedAt,
			String outcome, List<TrackedAction> actions, String sanction) {

	}

	/**
	 * A case as a member of the grievance panel sees it.
	 *
	 * @param file the case file: whole for its panel, else only the case itself
	 * @param panel its panel stage
	 * @param seated whether they sit on its panel or its appeal panel
	 * @param appeal its appeal stage
	 * @param appealSeated whether they sit on its appeal panel
	 */
	public record PanelCase(CaseFile file, PanelFile panel, boolean seated, AppealFile appeal, boolean appealSeated) {

	}

	/**
	 * A case as its respondent sees it.
	 *
	 * @param grievance the case; its complainant shown only if {@code identityShown}
	 * @param identityShown whether the complainant agreed to be named to the respondent
	 * @param history the panel's steps with the respondent
	 * @param evidence the evidence shared with it, each under the id of the evidence it
	 * stands for
	 * @param replyBy when its reply is due
	 * @param lastDay the end of the second notice
	 * @param reply its reply, once given
	 * @param decision the decision in force, once published
	 * @param sanction the decision's sanction with the EC's ruling, or ""
	 * @param appeal its appeal stage
	 * @param actions the corrective actions of the decision in force, each open or
	 * completed
	 */
	public record RespondentCase(Grievance grievance, boolean identityShown, List<Grievances.Event> history,
			List<ReadingInvestigation.Shared> evidence, Instant replyBy, Instant lastDay,
			Optional<PanelFile.Reply> reply, Optional<PanelDecision> decision, String sanction, AppealFile appeal,
			List<TrackedAction> actions) {

	}

	/**
	 * A case file.
	 *
	 * @param grievance the case
	 * @param history its history, oldest first
	 * @param evidence its evidence files
	 */
	public record CaseFile(Grievance grievance, List<Grievances.Event> history, List<Attachment> evidence) {

	}

}
