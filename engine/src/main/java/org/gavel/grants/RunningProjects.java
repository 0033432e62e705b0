package org.gavel.grants;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gavel.attachments.ReadingAttachments;
import org.gavel.attachments.StoringAttachment;
import org.gavel.attachments.model.Attachment;
import org.gavel.attachments.model.AttachmentRule;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Milestone;
import org.gavel.grants.model.ProjectStatus;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Awards;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Projects;
import org.gavel.grants.persistence.Proposals;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The project of an awarded proposal: the secretariat agrees its milestones (due dates
 * and tranches summing to the grant), the grantee reports on each with files, the
 * secretariat accepts or returns each report with comments, and the project completes
 * once every report is accepted. A reminder goes out before each due date; an overdue
 * report is escalated to the secretariat.
 */
@Service
public class RunningProjects {

	/** The files a milestone report takes: documents, spreadsheets and photographs. */
	static final AttachmentRule REPORT_FILES = new AttachmentRule("Report file",
			Set.of("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					"application/vnd.oasis.opendocument.text", "image/jpeg", "image/png"),
			10L * 1024 * 1024);

	private final Calls calls;

	private final Proposals proposals;

	private final Awards awards;

	private final Projects projects;

	private final StoringAttachment storing;

	private final ReadingAttachments attachments;

	private final GrantMails mails;

	private final Clock clock;

	RunningProjects(Calls calls, Proposals proposals, Awards awards, Projects projects, StoringAttachment storing,
			ReadingAttachments attachments, GrantMails mails, Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.awards = awards;
		this.projects = projects;
		this.storing = storing;
		this.attachments = attachments;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * An awarded proposal's project starts: the secretariat is asked to agree its
	 * milestones.
	 * @param reference the proposal
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> start(Reference reference) {
		return this.proposals.found(reference).then((proposal) -> {
			if (proposal.status() != ProposalStatus.AWARDED) {
				return Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + ".");
			}
			if (this.projects.status(proposal.id()).isEmpty()) {
				this.projects.status(proposal.id(), ProjectStatus.PLANNING);
				this.mails.projectStarted(call(proposal), proposal);
			}
			return Outcome.done();
		});
	}

	/**
	 * The secretariat's plan of milestones.
	 * @param reference the proposal
	 * @param by who of the secretariat
	 * @param lines one milestone per line: {@code due date | tranche | deliverable}
	 * @return the milestones, or why not (nothing written)
	 */
	public Outcome<List<Milestone>> plan(Reference reference, String by, String lines) {
		return this.proposals.found(reference).then((proposal) -> {
			this.proposals.lock(proposal.id());
			if (this.projects.status(proposal.id()).orElse(null) != ProjectStatus.PLANNING) {
				return Outcome.refused("The milestones of " + reference + " are already agreed.");
			}
			Call call = call(proposal);
			LocalDate today = this.clock.instant().atZone(call.rfp().zone()).toLocalDate();
			return Milestone.read(lines, this.awards.award(proposal.id()).orElseThrow().amount(), today)
				.ifAccepted((milestones) -> {
					this.projects.plan(proposal.id(), milestones);
					this.projects.status(proposal.id(), ProjectStatus.UNDER_WAY);
					this.mails.milestonesAgreed(call, proposal, milestones);
					GrantLog.MILESTONES_AGREED.log(reference, milestones.size(), by);
				});
		});
	}

	/**
	 * A project's milestones.
	 * @param proposal the proposal
	 * @return its milestones, in order
	 */
	public List<Milestone> milestones(Proposal proposal) {
		return this.projects.milestones(proposal.id(), call(proposal).rfp().ceiling().currency());
	}

	/**
	 * The funded proposals whose project has started, newest call first.
	 * @return the proposals
	 */
	public List<Proposal> started() {
		return this.proposals.withStatus(ProposalStatus.AWARDED)
			.stream()
			.filter((proposal) -> this.projects.status(proposal.id()).isPresent())
			.sorted(Comparator.comparing((Proposal p) -> p.reference().toString()).reversed())
			.toList();
	}

	/**
	 * The grantee of a funded proposal: its applicant, who reports on the milestones.
	 * @param reference the proposal
	 * @return their username
	 */
	public String grantee(Reference reference) {
		return this.proposals.find(reference).orElseThrow().applicant();
	}

	/**
	 * The numbers of a project's milestones, in date order.
	 * @param reference the proposal
	 * @return from 1
	 */
	public List<Integer> numbers(Reference reference) {
		return milestones(this.proposals.find(reference).orElseThrow()).stream().map(Milestone::number).toList();
	}

	/**
	 * A project's status.
	 * @param proposal the proposal
	 * @return its status, if awarded
	 */
	public Optional<ProjectStatus> status(Proposal proposal) {
		return this.projects.status(proposal.id());
	}

	/**
	 * One milestone.
	 * @param proposal the proposal
	 * @param number the milestone
	 * @return it, if planned
	 */
	public Optional<Milestone> milestone(Proposal proposal, int number) {
		return milestones(proposal).stream().filter((m) -> m.number() == number).findFirst();
	}

	/**
	 * The grantee's report on a milestone.
	 * @param reference the proposal
	 * @param number the milestone
	 * @param by the grantee, signed in
	 * @param report what the report says
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> report(Reference reference, int number, String by, String report) {
		return this.proposals.found(reference).then((proposal) -> {
			this.proposals.lock(proposal.id());
			if (!proposal.applicant().equals(by)) {
				return Outcome.refused("Only the grantee reports on " + reference + ".");
			}
			if (report == null || report.isBlank()) {
				return Outcome.refused("report", "say what the milestone delivered");
			}
			Instant now = this.clock.instant();
			if (!this.projects.report(proposal.id(), number, report.strip(), by, now)) {
				return Outcome.refused("Milestone " + number + " of " + reference + " does not wait for a report.");
			}
			this.mails.milestoneReported(call(proposal), proposal, number, now);
			GrantLog.MILESTONE_REPORTED.log(reference, number, files(proposal, number).size());
			return Outcome.done();
		});
	}

	/**
	 * Attaches a file to a milestone's report, before it is sent.
	 * @param reference the proposal
	 * @param number the milestone
	 * @param by the grantee, signed in
	 * @param fileName the file's name
	 * @param content its bytes
	 * @return the stored file, or why not (nothing written)
	 */
	public Outcome<Attachment> attach(Reference reference, int number, String by, String fileName, byte[] content) {
		return this.proposals.found(reference).then((proposal) -> {
			this.proposals.lock(proposal.id());
			if (!proposal.applicant().equals(by)) {
				return Outcome.refused("Only the grantee reports on " + reference + ".");
			}
			Optional<Milestone> milestone = milestone(proposal, number);
			if (milestone.isEmpty() || milestone.get().status() == Milestone.Status.REPORTED
					|| milestone.get().status() == Milestone.Status.ACCEPTED) {
				return Outcome.refused("file", "Milestone " + number + " does not wait for a report.");
			}
			return this.storing.store(new StoringAttachment.Upload(MilestoneFiles.owner(proposal, number), fileName,
					content, by, REPORT_FILES));
		});
	}

	/**
	 * A milestone report's files.
	 * @param proposal the proposal
	 * @param number the milestone
	 * @return the files, oldest first
	 */
	public List<Attachment> files(Proposal proposal, int number) {
		return this.attachments.all(MilestoneFiles.owner(proposal, number));
	}

	/**
	 * The secretariat accepts or returns a report.
	 * @param reference the proposal
	 * @param number the milestone
	 * @param by who of the secretariat
	 * @param accepted whether the report is accepted
	 * @param note the comments, required when returned
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> review(Reference reference, int number, String by, boolean accepted, String note) {
		return this.proposals.found(reference).then((proposal) -> {
			if (!accepted && (note == null || note.isBlank())) {
				return Outcome.refused("comments", "say what the grantee should change");
			}
			Instant now = this.clock.instant();
			if (!this.projects.review(proposal.id(), number,
					accepted ? Milestone.Status.ACCEPTED : Milestone.Status.RETURNED,
					(note != null) ? note.strip() : null, by, now)) {
				return Outcome.refused("Milestone " + number + " of " + reference + " has no report to review.");
			}
			this.mails.milestoneReviewed(call(proposal), proposal, number, accepted, note, now);
			GrantLog.MILESTONE_REVIEWED.log(reference, number, accepted, by);
			return Outcome.done();
		});
	}

	/**
	 * Reminds the grantee of a report due soon (once per milestone).
	 * @param reference the proposal
	 * @param number the milestone
	 */
	public void remind(Reference reference, int number) {
		Proposal proposal = this.proposals.find(reference).orElseThrow();
		milestone(proposal, number).filter((m) -> m.status() != Milestone.Status.ACCEPTED)
			.ifPresent((m) -> this.mails.reportDueSoon(call(proposal), proposal, m));
	}

	/**
	 * A report's due date passed without its acceptance: the milestone is marked overdue
	 * and the secretariat and grantee are told (once per milestone).
	 * @param reference the proposal
	 * @param number the milestone
	 */
	public void overdue(Reference reference, int number) {
		Proposal proposal = this.proposals.find(reference).orElseThrow();
		if (this.projects.overdue(proposal.id(), number, this.clock.instant())) {
			this.mails.reportOverdue(call(proposal), proposal, milestone(proposal, number).orElseThrow());
			GrantLog.MILESTONE_OVERDUE.log(reference, number);
		}
	}

	/**
	 * Every milestone is accepted: the project is completed.
	 * @param reference the proposal
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> complete(Reference reference) {
		return this.proposals.found(reference).then((proposal) -> {
			if (milestones(proposal).stream().anyMatch((m) -> m.status() != Milestone.Status.ACCEPTED)) {
				return Outcome.refused("A milestone of " + reference + " is not accepted yet.");
			}
			this.projects.status(proposal.id(), ProjectStatus.COMPLETED);
			this.mails.projectCompleted(call(proposal), proposal);
			GrantLog.PROJECT_COMPLETED.log(reference);
			return Outcome.done();
		});
	}

	/**
	 * When a milestone's reminder and escalation fall, in the call's zone: the reminder
	 * {@code before} the due date's start, the escalation at the end of the due date.
	 * @param proposal the proposal
	 * @param number the milestone
	 * @param reminder whether the reminder's instant is asked (else the escalation's)
	 * @param before how long before the due date the reminder goes
	 * @return the instant
	 */
	public Instant clock(Reference proposal, int number, boolean reminder, Duration before) {
		Proposal found = this.proposals.find(proposal).orElseThrow();
		Milestone milestone = milestone(found, number).orElseThrow();
		Call call = call(found);
		return reminder ? milestone.dueOn().atStartOfDay(call.rfp().zone()).toInstant().minus(before)
				: milestone.dueOn().plusDays(1).atStartOfDay(call.rfp().zone()).toInstant();
	}

	private Call call(Proposal proposal) {
		return this.calls.find(proposal.rfpId()).orElseThrow();
	}

}
