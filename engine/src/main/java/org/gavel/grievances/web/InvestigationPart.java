package org.gavel.grievances.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gavel.grievances.AddingInternalNote;
import org.gavel.grievances.AnsweringInformationRequest;
import org.gavel.grievances.DecidingEvidenceSharing;
import org.gavel.grievances.FilingGrievance;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.Investigator;
import org.gavel.grievances.LiftingInterimMeasure;
import org.gavel.grievances.ReadingInvestigation;
import org.gavel.grievances.RecordingInterimMeasure;
import org.gavel.grievances.RequestingInformation;
import org.gavel.grievances.WithdrawingInformationRequest;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.process.InvestigationProcesses;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Component;

/**
 * The investigation's part of the case pages (the desk's, the panel's, the complainant's
 * and the respondent's): what each shows of it, and its forms, each sent to its use case
 * as the signed-in person; a refusal comes back as the {@link Attempt} to show again, by
 * its fields, with what was typed.
 */
@Component
class InvestigationPart {

	private final ReadingInvestigation reading;

	private final RecordingInterimMeasure recording;

	private final LiftingInterimMeasure lifting;

	private final AddingInternalNote noting;

	private final InvestigationProcesses processes;

	private final DecidingEvidenceSharing sharing;

	private final GrievanceSettings settings;

	private final Clock clock;

	InvestigationPart(ReadingInvestigation reading, RecordingInterimMeasure recording, LiftingInterimMeasure lifting,
			AddingInternalNote noting, InvestigationProcesses processes, DecidingEvidenceSharing sharing,
			GrievanceSettings settings, Clock clock) {
		this.reading = reading;
		this.recording = recording;
		this.lifting = lifting;
		this.noting = noting;
		this.processes = processes;
		this.sharing = sharing;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The whole investigation, for the secretariat or a member of the case's panel.
	 * @param g the case
	 * @param panel its panel stage
	 * @param seated whether the viewer sits on its panel (else they are of the
	 * secretariat)
	 * @param action where its forms post
	 * @return the view
	 */
	InvestigationView forStaff(Grievance g, PanelFile panel, boolean seated, String action) {
		boolean atPanel = g.stage() == Stage.PANEL;
		InvestigationView.Rights may = new InvestigationView.Rights(seated && atPanel && panel.decision().isEmpty(),
				atPanel, panel.replyBy().isPresent());
		return InvestigationView.staff(this.reading.forStaff(g), action, may, this.clock.instant(),
				this.settings.timeZone(), this.settings.rfiWithin());
	}

	InvestigationView forComplainant(Grievance g) {
		return InvestigationView.party(this.reading.forComplainant(g), "/grievances/case/answer", !g.stage().ended(),
				this.clock.instant(), this.settings.timeZone());
	}

	InvestigationView forRespondent(Grievance g) {
		return InvestigationView.party(this.reading.forRespondent(g), "/grievances/respond/" + g.number() + "/answer",
				!g.stage().ended(), this.clock.instant(), this.settings.timeZone());
	}

	/**
	 * The cases whose clocks stand still, waiting for their complainant's answer.
	 * @return their ids
	 */
	Set<UUID> waitingForComplainant() {
		return this.reading.waitingForComplainant();
	}

	Optional<Attempt> recordMeasure(CaseNumber number, String by, Map<String, String> input) {
		return refusal("measure", input, this.recording.record(new RecordingInterimMeasure.Measure(number, by,
				input.get("measure"), input.get("effectiveFrom"), input.get("effectiveUntil"))));
	}

	Optional<Attempt> liftMeasure(CaseNumber number, String by, UUID measure, Map<String, String> input) {
		return refusal("lift-" + measure, input,
				this.lifting.lift(new LiftingInterimMeasure.Lifting(number, by, measure, input.get("reason"))));
	}

	Optional<Attempt> addNote(CaseNumber number, Investigator by, Map<String, String> input) {
		return refusal("note", input, this.noting.add(new AddingInternalNote.Note(number, by, input.get("note"))));
	}

	Optional<Attempt> ask(CaseNumber number, Investigator by, Map<String, String> input) {
		return refusal("ask", input, this.processes.ask(new RequestingInformation.Ask(number, by, input.get("party"),
				input.get("question"), input.get("days"))));
	}

	Optional<Attempt> withdraw(CaseNumber number, Investigator by, UUID request) {
		return refusal("withdraw-" + request, Map.of(),
				this.processes.withdraw(new WithdrawingInformationRequest.Withdrawal(number, request, by)));
	}

	Optional<Attempt> answer(CaseNumber number, InformationRequest.Party party, String by, Map<String, String> input,
			List<FilingGrievance.Evidence> evidence) {
		Optional<UUID> request = id(input.get("request"));
		if (request.isEmpty()) {
			return Optional.of(Attempt.refused("answer-", input, Refusal.of("There is no such question.")));
		}
		return refusal("answer-" + request.get(), input,
				this.processes.answer(new AnsweringInformationRequest.Answer(number, request.get(), party, by,
						input.get("answer"), evidence)));
	}

	Optional<Attempt> share(CaseNumber number, String by, UUID evidence, Map<String, String> input,
			Optional<FilingGrievance.Evidence> copy) {
		return refusal("sharing-" + evidence, input, this.sharing
			.decide(new DecidingEvidenceSharing.Sharing(number, evidence, by, input.get("sharing"), copy)));
	}

	private static Optional<Attempt> refusal(String form, Map<String, String> input, Outcome<?> outcome) {
		return outcome.fold((done) -> Optional.empty(),
				(refused) -> Optional.of(Attempt.refused(form, input, refused)));
	}

	private static Optional<UUID> id(String text) {
		try {
			return Optional.ofNullable(text).map(String::strip).map(UUID::fromString);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
