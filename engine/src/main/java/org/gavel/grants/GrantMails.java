package org.gavel.grants;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gavel.attachments.model.Attachment;
import org.gavel.grants.model.Addendum;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Milestone;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.Question;
import org.gavel.grants.persistence.Proposals;
import org.gavel.membership.Directory;
import org.gavel.membership.Recipients;
import org.gavel.membership.model.Role;
import org.gavel.system.Dates;
import org.gavel.system.mail.Mailer;

import org.springframework.stereotype.Component;

/**
 * The grant cycle's mails, each to exactly those concerned: the RFP's chair and the
 * secretariat for the RFP's own steps, every applicant who started a proposal for answers
 * and addenda (never naming who asked), the applicant alone for their proposal's steps.
 * Queued in the step's transaction; the outbox delivers them after it commits.
 */
@Component
class GrantMails {

	private final Mailer mailer;

	private final Recipients recipients;

	private final Directory directory;

	private final Proposals proposals;

	GrantMails(Mailer mailer, Recipients recipients, Directory directory, Proposals proposals) {
		this.mailer = mailer;
		this.recipients = recipients;
		this.directory = directory;
		this.proposals = proposals;
	}

	void published(Call call) {
		toPeople("rfp-published", call.reference().toString(), chairAndSecretariat(call),
				"Published: " + call.reference() + " " + call.rfp().title(),
				"The Executive Committee approved this request for proposals; it is now open on the public list of calls.",
				call, List.of("Questions close " + at(call, call.rfp().questionsClose()) + ".",
						"Proposals close " + call.rfp().deadlineShown() + "."),
				"/calls/" + call.reference());
	}

	void rejected(Call call) {
		toPeople("rfp-rejected", call.reference().toString(), List.of(call.draftedBy()),
				"Rejected: " + call.reference() + " " + call.rfp().title(),
				"The Executive Committee rejected this request for proposals; it will not be published.", call,
				List.of("The EC's reasons are on its item."), "/rfps/" + call.reference());
	}

	void asked(Call call, Question question) {
		toPeople("rfp-question", call.reference() + "/Q" + question.number(), chairAndSecretariat(call),
				"Question " + question.number() + " on " + call.reference(),
				"An applicant asked a question; your answer is published to every applicant, without the asker's name.",
				call, List.of(question.text()), "/rfps/" + call.reference());
	}

	void answered(Call call, Question question) {
		Set<String> to = new LinkedHashSet<>(applicants(call));
		to.add(question.askedBy());
		toPeople("rfp-answer", call.reference() + "/Q" + question.number(), new ArrayList<>(to),
				"Answer published: " + call.reference() + ", question " + question.number(),
				"A question on this call has been answered; every applicant reads the same answer.", call,
				List.of("Q: " + question.text(), "A: " + question.answer()), "/calls/" + call.reference());
	}

	int addendum(Call call, Addendum addendum) {
		List<String> lines = new ArrayList<>();
		lines.add(addendum.text());
		if (addendum.movesDeadline()) {
			lines.add("The deadline moves from " + at(call, addendum.oldDeadline()) + " to "
					+ at(call, addendum.newDeadline()) + ".");
		}
		List<String> to = applicants(call);
		toPeople("rfp-addendum", call.reference() + "/A" + addendum.number(), to,
				"Addendum " + addendum.number() + " to " + call.reference(),
				"The call you started a proposal for has changed.", call, lines, "/calls/" + call.reference());
		return to.size();
	}

	void submitted(Call call, Proposal proposal, List<Attachment> files) {
		List<String> lines = new ArrayList<>();
		lines.add("Proposal " + proposal.reference() + ": " + proposal.application().title() + ", requesting "
				+ proposal.application().requested() + ".");
		for (Attachment file : files) {
			lines.add(file.fileName() + " (SHA-256 " + file.sha256() + ")");
		}
		lines.add("You may withdraw it until the deadline, " + call.rfp().deadlineShown() + ".");
		toPeople("proposal-submitted", proposal.reference().toString(), List.of(proposal.applicant()),
				"Received: proposal " + proposal.reference(), "Your proposal was submitted; this is your receipt.",
				call, lines, "/proposals/" + proposal.reference());
	}

	void withdrawn(Call call, Proposal proposal) {
		toPeople("proposal-withdrawn", proposal.reference().toString(), List.of(proposal.applicant()),
				"Withdrawn: proposal " + proposal.reference(), "Your proposal was withdrawn; it will not be evaluated.",
				call, List.of(proposal.application().title()), "/proposals/" + proposal.reference());
	}

	void lapsed(Call call, Proposal proposal) {
		toPeople("proposal-lapsed", proposal.reference().toString(), List.of(proposal.applicant()),
				"Not submitted: proposal " + proposal.reference(),
				"The call closed with your proposal still a draft, so it was not submitted.", call,
				List.of("Proposals closed " + call.rfp().deadlineShown() + "."), "/proposals/" + proposal.reference());
	}

	void toReview(Call call, Proposal proposal, String reason) {
		toPeople("proposal-screening", proposal.reference().toString(),
				this.directory.membership().holding(Role.SECRETARIAT),
				"Screening to review: proposal " + proposal.reference(),
				"The eligibility table found a proposal ineligible; confirm it or override it.", call,
				List.of(proposal.application().organisation() + ": " + reason), "/rfps/" + call.reference());
	}

	void ineligible(Call call, Proposal proposal, String reason) {
		toPeople("proposal-ineligible", proposal.reference().toString(), List.of(proposal.applicant()),
				"Not eligible: proposal " + proposal.reference(),
				"Your proposal does not meet the eligibility rules of the call, so it will not be evaluated.", call,
				List.of(reason), "/proposals/" + proposal.reference());
	}

	void declare(Call call, Proposal proposal, List<String> evaluators) {
		toPeople("proposal-declare", proposal.reference().toString(), evaluators,
				"Declare any conflict: proposal " + proposal.reference(),
				"Before you see this proposal, say whether you have a conflict of interest with it.", call,
				List.of(proposal.application().organisation() + " (" + proposal.application().country() + "): "
						+ proposal.application().title()),
				"/evaluate");
	}

	void assigned(Call call, Proposal proposal, List<String> evaluators) {
		toPeople("proposal-assigned", proposal.reference().toString(), evaluators,
				"Assigned to you: proposal " + proposal.reference(),
				"You are one of the evaluators of this proposal; you may now read it and its files.", call,
				List.of(proposal.application().title()), "/evaluate/" + proposal.reference());
	}

	void evaluatorNeeded(Call call, Proposal proposal, int missing, int added) {
		toPeople("proposal-evaluator-needed", proposal.reference() + "/" + added,
				this.directory.membership().holding(Role.SECRETARIAT),
				"An evaluator is needed: proposal " + proposal.reference(),
				"Too few evaluators of this proposal's panel are free of conflicts of interest; add one.", call,
				List.of(missing + " more needed.", proposal.application().title()), "/rfps/" + call.reference());
	}

	void rankingReady(Call call) {
		toPeople("rfp-ranking", call.reference().toString(), chairAndSecretariat(call),
				"Ranking ready: " + call.reference() + " " + call.rfp().title(),
				"Every proposal of this call is scored or settled: the panel meets on the ranking.", call,
				List.of("The chair records the panel's changes, each with its reason."),
				"/rfps/" + call.reference() + "/ranking");
	}

	void awardRejected(Call call, int round) {
		toPeople("award-rejected", call.reference() + "/R" + round, chairAndSecretariat(call),
				"Recommendation rejected: " + call.reference() + " " + call.rfp().title(),
				"The Executive Committee rejected the working group's recommendation; it is back with the working group.",
				call, List.of("Recommend again on the ranking's page; the EC's reasons are on its item."),
				"/rfps/" + call.reference() + "/ranking");
	}

	void outcome(Call call, Proposal proposal, boolean awarded) {
		toPeople(awarded ? "proposal-awarded" : "proposal-regret", proposal.reference().toString(), List.of(proposal
			.applicant()), (awarded ? "Awarded: proposal " : "Not awarded: proposal ") + proposal.reference(), awarded
					? "The Executive Committee awarded your proposal a grant; your award letter gives the amount and its conditions."
					: "Your proposal was not among those awarded a grant; the letter gives the evaluators' feedback per criterion.",
				call, List.of(proposal.application().title()), "/proposals/" + proposal.reference() + "/letter");
	}

	void fundingOffered(Call call, Proposal proposal, List<String> funders, String amount, String until) {
		toPeople("proposal-funding", proposal.reference().toString(), funders,
				"Open for pledges: proposal " + proposal.reference(),
				"The Executive Committee approved this proposal with matched funding: funding members pledge until it is covered.",
				call, List.of(proposal.application().title(), "Grant: " + amount + ".", "Pledges close " + until + "."),
				"/funding");
	}

	void notFunded(Call call, Proposal proposal, FundingGrants.Offer offer) {
		Set<String> to = new LinkedHashSet<>(List.of(proposal.applicant()));
		to.addAll(this.directory.membership().holding(Role.SECRETARIAT));
		toPeople("proposal-not-funded", proposal.reference().toString(), new ArrayList<>(to),
				"Not covered by pledges: proposal " + proposal.reference(),
				"The pledge deadline passed before the funding members covered this grant.", call,
				List.of("Pledged " + offer.funding().pledged() + " of " + offer.funding().grant() + "."),
				"/proposals/" + proposal.reference());
	}

	void projectStarted(Call call, Proposal proposal) {
		toPeople("project-started", proposal.reference().toString(),
				this.directory.membership().holding(Role.SECRETARIAT),
				"Agree the milestones: project " + proposal.reference(),
				"An awarded proposal's project starts: agree its milestones, with due dates and tranches, with the grantee.",
				call, List.of(proposal.application().organisation() + ": " + proposal.application().title()),
				"/projects/" + proposal.reference());
	}

	void milestonesAgreed(Call call, Proposal proposal, List<Milestone> milestones) {
		toPeople("project-milestones", proposal.reference().toString(), List.of(proposal.applicant()),
				"Milestones agreed: project " + proposal.reference(),
				"Your project's milestones are agreed; report on each by its due date.", call,
				milestones.stream()
					.map((m) -> m.number() + ". " + m.dueOn() + ": " + m.deliverable() + " (" + m.amount() + ")")
					.toList(),
				"/projects/" + proposal.reference());
	}

	void milestoneReported(Call call, Proposal proposal, int number, Instant at) {
		toPeople("milestone-reported", proposal.reference() + "/M" + number + "/" + at.toEpochMilli(),
				this.directory.membership().holding(Role.SECRETARIAT),
				"Report to review: project " + proposal.reference() + ", milestone " + number,
				"The grantee reported on a milestone; accept the report or return it with comments.", call,
				List.of(proposal.application().title()), "/projects/" + proposal.reference());
	}

	void milestoneReviewed(Call call, Proposal proposal, int number, boolean accepted, String note, Instant at) {
		List<String> lines = new ArrayList<>();
		lines.add(accepted ? "The report is accepted." : "The report is returned for changes.");
		if (note != null && !note.isBlank()) {
			lines.add(note.strip());
		}
		toPeople("milestone-reviewed", proposal.reference() + "/M" + number + "/" + at.toEpochMilli(),
				List.of(proposal.applicant()),
				(accepted ? "Report accepted: " : "Report returned: ") + "project " + proposal.reference()
						+ ", milestone " + number,
				"The secretariat reviewed your milestone report.", call, lines, "/projects/" + proposal.reference());
	}

	void reportDueSoon(Call call, Proposal proposal, Milestone milestone) {
		toPeople("milestone-reminder", proposal.reference() + "/M" + milestone.number(), List.of(proposal.applicant()),
				"Report due " + milestone.dueOn() + ": project " + proposal.reference() + ", milestone "
						+ milestone.number(),
				"A milestone report of your project is due soon.", call, List.of(milestone.deliverable()),
				"/projects/" + proposal.reference());
	}

	void reportOverdue(Call call, Proposal proposal, Milestone milestone) {
		Set<String> to = new LinkedHashSet<>(this.directory.membership().holding(Role.SECRETARIAT));
		to.add(proposal.applicant());
		toPeople("milestone-overdue", proposal.reference() + "/M" + milestone.number(), new ArrayList<>(to),
				"Overdue: project " + proposal.reference() + ", milestone " + milestone.number(),
				"A milestone report was due " + milestone.dueOn()
						+ " and is not accepted; the secretariat follows it up.",
				call, List.of(milestone.deliverable()), "/projects/" + proposal.reference());
	}

	void projectCompleted(Call call, Proposal proposal) {
		Set<String> to = new LinkedHashSet<>(List.of(proposal.applicant()));
		to.addAll(chairAndSecretariat(call));
		toPeople("project-completed", proposal.reference().toString(), new ArrayList<>(to),
				"Completed: project " + proposal.reference(),
				"Every milestone report of this project is accepted: the project is completed.", call,
				List.of(proposal.application().title()), "/projects/" + proposal.reference());
	}

	private List<String> chairAndSecretariat(Call call) {
		Set<String> people = new LinkedHashSet<>();
		people.add(call.draftedBy());
		people.addAll(this.directory.membership().holding(Role.SECRETARIAT));
		return new ArrayList<>(people);
	}

	private List<String> applicants(Call call) {
		return this.proposals.ofRfp(call.id()).stream().map(Proposal::applicant).distinct().toList();
	}

	private void toPeople(String kind, String key, List<String> people, String subject, String intro, Call call,
			List<String> lines, String path) {
		if (people.isEmpty()) {
			return;
		}
		this.mailer.sendOnce(kind, key,
				new Mailer.Mail(this.recipients.addresses(people), subject, "notice",
						Map.of("intro", intro, "title", call.reference() + " " + call.rfp().title(), "lines", lines,
								"record", "", "link", this.recipients.link(path))));
	}

	private static String at(Call call, Instant instant) {
		return Dates.at(instant, call.rfp().zone());
	}

}
