package org.gavel.resolutions.process;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gavel.approvals.model.ItemType;
import org.gavel.resolutions.DecidingResolution;
import org.gavel.resolutions.DraftingResolution;
import org.gavel.resolutions.ResolutionMails;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.membership.model.RollEntry;
import org.gavel.membership.persistence.ElectoralRolls;

import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code GaResolutionProcess}, one method each
 * ({@code ${resolutionSteps.admit(execution)}}): each reads the variables, calls the use
 * case and the mails, and writes what the gateways and the called processes need.
 */
@Component("resolutionSteps")
public class ResolutionSteps {

	private final DraftingResolution drafting;

	private final DecidingResolution deciding;

	private final ResolutionMails mails;

	private final Resolutions resolutions;

	private final Assemblies assemblies;

	private final ElectoralRolls rolls;

	ResolutionSteps(DraftingResolution drafting, DecidingResolution deciding, ResolutionMails mails,
			Resolutions resolutions, Assemblies assemblies, ElectoralRolls rolls) {
		this.drafting = drafting;
		this.deciding = deciding;
		this.mails = mails;
		this.resolutions = resolutions;
		this.assemblies = assemblies;
		this.rolls = rolls;
	}

	public void invite(DelegateExecution execution) {
		UUID id = GaResolutionProcess.resolutionId(execution);
		this.mails.invited(id, this.drafting.invited(id));
	}

	public List<String> invited(DelegateExecution execution) {
		return this.drafting.invited(GaResolutionProcess.resolutionId(execution));
	}

	public void refuseLate(DelegateExecution execution) {
		UUID id = GaResolutionProcess.resolutionId(execution);
		this.deciding.late(id);
		this.mails.late(id);
	}

	public void recordSubmission(DelegateExecution execution) {
		UUID id = GaResolutionProcess.resolutionId(execution);
		this.resolutions.status(id, ResolutionStatus.SUBMITTED);
		this.mails.received(id);
	}

	public void returnForRevision(DelegateExecution execution) {
		UUID id = GaResolutionProcess.resolutionId(execution);
		Date due = (Date) execution.getVariable(GaResolutionProcess.RESUBMIT_BY);
		this.deciding.returned(id, due.toInstant());
		this.mails.returned(id, GaResolutionProcess.text(execution, GaResolutionProcess.COMMENTS));
	}

	public void reject(DelegateExecution execution) {
		UUID id = GaResolutionProcess.resolutionId(execution);
		this.deciding.inadmissible(id);
		this.mails.inadmissible(id, GaResolutionProcess.text(execution, GaResolutionProcess.COMMENTS));
	}

	public void admit(DelegateExecution execution) {
		boolean askEc = Boolean.TRUE.equals(execution.getVariable(GaResolutionProcess.ASK_EC_POSITION));
		execution.setVariable(GaResolutionProcess.ASK_EC_POSITION, askEc);
		Resolution r = this.deciding.admit(GaResolutionProcess.resolutionId(execution), askEc);
		if (askEc) {
			execution.setVariable("ecItemType", ItemType.POSITION.name());
			execution.setVariable("ecTitle", "EC position on " + r.label() + ": " + r.title());
			execution.setVariable("ecSubject", "resolution:" + r.id());
			execution.setVariable("ecVersion", r.version());
			execution.setVariable("ecMaxRounds", 1);
		}
	}

	public void publish(DelegateExecution execution) {
		UUID id = GaResolutionProcess.resolutionId(execution);
		this.deciding.published(id);
		Assembly assembly = assembly(id);
		execution.setVariable(GaResolutionProcess.VOTING_OPENS_AT, Date.from(assembly.votingOpensAt()));
		this.mails.booklet(assembly.id());
	}

	public void openVoting(DelegateExecution execution) {
		UUID id = GaResolutionProcess.resolutionId(execution);
		Resolution r = this.resolutions.find(id).orElseThrow();
		Assembly a = assembly(id);
		UUID roll = this.deciding.roll(a.id());
		String ruleSet = a.ruleSet(r.type());
		execution.setVariable("voteTitle", r.label() + ": " + r.title());
		execution.setVariable("voteRuleSet", ruleSet);
		execution.setVariable("voteRollId", roll.toString());
		execution.setVariable("voteOpensAt", a.votingOpensAt().toString());
		execution.setVariable("voteClosesAt", a.votingClosesAt().toString());
		execution.setVariable("voteTimeZone", a.zone().getId());
		execution.setVariable("voteInRoomSession", a.inRoomSession());
		execution.setVariable("voteOpenedBy", opener(id));
		this.deciding.votingOpened(id, ruleSet);
		this.mails.votingOpen(a.id(),
				this.rolls.find(roll).orElseThrow().entries().stream().map(RollEntry::voter).toList());
	}

	public void recordResult(DelegateExecution execution) {
		UUID id = GaResolutionProcess.resolutionId(execution);
		this.deciding.result(id, UUID.fromString(GaResolutionProcess.text(execution, GaResolutionProcess.BALLOT_ID)),
				GaResolutionProcess.text(execution, GaResolutionProcess.OUTCOME));
		this.mails.result(id);
	}

	/**
	 * Who a resolution's ballot is recorded as opened by.
	 * @param id the resolution
	 * @return {@code resolution <id>}
	 */
	public static String opener(UUID id) {
		return "resolution " + id;
	}

	private Assembly assembly(UUID resolution) {
		return this.assemblies.find(this.resolutions.find(resolution).orElseThrow().assemblyId()).orElseThrow();
	}

}
