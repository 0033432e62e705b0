package org.gavel.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gavel.attachments.ReadingAttachments;
import org.gavel.attachments.model.Attachment;
import org.gavel.grants.model.Addendum;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Conflict;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.Question;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Evaluators;
import org.gavel.grants.persistence.Proposals;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Role;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * What of the grant cycle each person may read. The public reads published calls, their
 * addenda and their answered questions, never who asked; an RFP's chair and the
 * secretariat read and manage the RFP whatever its status, with its questions and the
 * list of its proposals; a proposal itself is read by its applicant and, once submitted,
 * the secretariat, nobody else (an unknown reference and another's proposal alike: not
 * found).
 */
@Service
public class ReadingCalls {

	private final Calls calls;

	private final Proposals proposals;

	private final Directory directory;

	private final ReadingAttachments attachments;

	private final Evaluators evaluators;

	ReadingCalls(Calls calls, Proposals proposals, Directory directory, ReadingAttachments attachments,
			Evaluators evaluators) {
		this.evaluators = evaluators;
		this.calls = calls;
		this.proposals = proposals;
		this.directory = directory;
		this.attachments = attachments;
	}

	/**
	 * An RFP whatever its status, for a step of its process.
	 * @param reference the RFP
	 * @return the RFP, or a refusal saying there is none
	 */
	public Outcome<Call> call(Reference reference) {
		return this.calls.found(reference);
	}

	/**
	 * The calls anyone may read: published ones, open first.
	 * @return the calls
	 */
	public List<Call> published() {
		return this.calls.all().stream().filter(Call::isPublic).toList();
	}

	/**
	 * A call as the public reads it.
	 * @param reference the RFP
	 * @return the call with its addenda and answered questions, or empty when there is no
	 * published call by that reference
	 */
	public Optional<PublicCall> publicCall(Reference reference) {
		return this.calls.find(reference)
			.filter(Call::isPublic)
			.map((call) -> new PublicCall(call, this.calls.addenda(call.id()),
					this.calls.questions(call.id()).stream().filter(Question::answered).toList()));
	}

	/**
	 * The RFPs a chair or the secretariat manages.
	 * @param username who asks
	 * @return every RFP for the secretariat; a chair's own otherwise
	 */
	public List<Call> managed(String username) {
		return this.calls.all().stream().filter((call) -> managedBy(call, username).isAccepted()).toList();
	}

	/**
	 * An RFP with everything its chair and the secretariat read.
	 * @param reference the RFP
	 * @param username who asks
	 * @return the RFP, or empty when there is none or it is not theirs to manage
	 */
	public Optional<ManagedCall> managedCall(Reference reference, String username) {
		return this.calls.find(reference)
			.filter((call) -> managedBy(call, username).isAccepted())
			.map((call) -> new ManagedCall(call, this.calls.addenda(call.id()), this.calls.questions(call.id()),
					this.proposals.ofRfp(call.id()).stream().filter((p) -> p.submittedAt() != null).toList()));
	}

	/**
	 * An RFP as the Executive Committee reads it while it decides it, and after: the call
	 * as drafted, without who asked a question and without the proposals.
	 * @param reference the RFP
	 * @param username who asks
	 * @return the RFP, or empty when there is none or they hold no EC seat
	 */
	public Optional<ManagedCall> ecCall(Reference reference, String username) {
		return holdsEcSeat(username)
				? this.calls.find(reference)
					.map((call) -> new ManagedCall(call, this.calls.addenda(call.id()),
							this.calls.questions(call.id()).stream().filter(Question::answered).toList(), List.of()))
				: Optional.empty();
	}

	/**
	 * Whether someone holds an EC seat, and so reads the RFPs the EC decides.
	 * @param username who asks
	 * @return whether their enabled account holds an EC seat
	 */
	public boolean holdsEcSeat(String username) {
		return this.directory.membership()
			.person(username)
			.filter((person) -> person.enabled() && person.holds(Role.EC_MEMBER))
			.isPresent();
	}

	/**
	 * Whether someone manages an RFP: its chair, or the secretariat.
	 * @param call the RFP
	 * @param username who asks
	 * @return the RFP, or a refusal
	 */
	public Outcome<Call> managedBy(Call call, String username) {
		return (secretariat(username) || call.draftedBy().equals(username)) ? Outcome.accepted(call)
				: Outcome.refused("Only the chair who drafted " + call.reference() + " and the secretariat manage it.");
	}

	/**
	 * A proposal, for one of its assigned evaluators (who declared no conflict with it).
	 * @param reference the proposal
	 * @param evaluator who asks
	 * @return the proposal with its call and files, or empty when they are not assigned
	 * to it
	 */
	public Optional<ProposalView> assignedProposal(Reference reference, String evaluator) {
		return this.proposals.find(reference)
			.filter((proposal) -> this.evaluators.assigned(proposal.id()).contains(evaluator))
			.map((proposal) -> new ProposalView(this.calls.find(proposal.rfpId()).orElseThrow(), proposal,
					files(proposal)));
	}

	/**
	 * The proposals an evaluator is assigned to.
	 * @param evaluator the evaluator
	 * @return the proposals
	 */
	public List<Proposal> assignedTo(String evaluator) {
		return this.evaluators.assignedTo(evaluator)
			.stream()
			.map(this.proposals::find)
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * What an evaluator is asked to declare on: a proposal's title, organisation and
	 * country, nothing more before they declare.
	 * @param reference the proposal
	 * @return the proposal, or empty
	 */
	public Optional<Proposal> beforeDeclaring(Reference reference) {
		return this.proposals.find(reference);
	}

	/**
	 * The conflicts recorded on a proposal, for the secretariat.
	 * @param proposal the proposal
	 * @return its conflicts and declarations of none
	 */
	public List<Conflict> conflicts(Proposal proposal) {
		return this.evaluators.conflicts(proposal.id());
	}

	/**
	 * A proposal's assigned evaluators, for the secretariat.
	 * @param proposal the proposal
	 * @return their usernames
	 */
	public List<String> evaluatorsOf(Proposal proposal) {
		return this.evaluators.assigned(proposal.id());
	}

	private boolean secretariat(String username) {
		return this.directory.membership()
			.person(username)
			.filter((person) -> person.enabled() && person.holds(Role.SECRETARIAT))
			.isPresent();
	}

	/**
	 * An applicant's own proposals.
	 * @param username the applicant
	 * @return their proposals, newest first
	 */
	public List<Proposal> mine(String username) {
		return this.proposals.byApplicant(username);
	}

	/**
	 * A proposal, for its applicant or the secretariat.
	 * @param reference the proposal
	 * @param username who asks
	 * @return the proposal with its call and files, or empty when there is none or it is
	 * not theirs
	 */
	public Optional<ProposalView> proposal(Reference reference, String username) {
		return this.proposals.find(reference).flatMap((proposal) -> {
			Call call = this.calls.find(proposal.rfpId()).orElseThrow();
			boolean applicant = proposal.applicant().equals(username);
			if (!applicant && !secretariat(username)) {
				return Optional.empty();
			}
			if (!applicant && proposal.submittedAt() == null) {
				// a draft, or one that lapsed or was withdrawn unsubmitted: its
				// applicant's alone
				return Optional.empty();
			}
			return Optional.of(new ProposalView(call, proposal, files(proposal)));
		});
	}

	/**
	 * The latest file of each of the RFP's required files a proposal has.
	 * @param proposal the proposal
	 * @return one entry per required file, in the RFP's order, its file or {@code null}
	 */
	List<Attachment> files(Proposal proposal) {
		Call call = this.calls.find(proposal.rfpId()).orElseThrow();
		List<Attachment> latest = new ArrayList<>();
		for (int slot = 0; slot < call.rfp().attachments().size(); slot++) {
			latest.add(this.attachments.all(ProposalFiles.owner(proposal, slot))
				.stream()
				.reduce((first, second) -> second)
				.orElse(null));
		}
		return latest;
	}

	/**
	 * A published call with what the public reads of it.
	 *
	 * @param call the RFP
	 * @param addenda its addenda, oldest first
	 * @param answers its answered questions, by number
	 */
	public record PublicCall(Call call, List<Addendum> addenda, List<Question> answers) {

	}

	/**
	 * An RFP as its chair and the secretariat read it.
	 *
	 * @param call the RFP
	 * @param addenda its addenda
	 * @param questions every question, answered or not, with who asked
	 * @param proposals its proposals past the draft
	 */
	public record ManagedCall(Call call, List<Addendum> addenda, List<Question> questions, List<Proposal> proposals) {

	}

	/**
	 * A proposal with its call and files.
	 *
	 * @param call the RFP it answers
	 * @param proposal the proposal
	 * @param files per required file, the latest upload or {@code null}
	 */
	public record ProposalView(Call call, Proposal proposal, List<Attachment> files) {

	}

}
