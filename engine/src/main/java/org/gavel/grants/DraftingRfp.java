package org.gavel.grants;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.approvals.ApprovalDocuments;
import org.gavel.approvals.ItemSubjects;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.Rfp;
import org.gavel.grants.model.RfpForm;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.persistence.Calls;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Membership;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Service;

/**
 * A working-group chair drafts a request for proposals (form {@code rfp}): it is checked
 * whole and stored with its reference; {@code GrantProcesses} starts its
 * {@code RfpProcess}, which sends it to the Executive Committee, in the same transaction.
 * While the EC may return it, its chair revises it (form {@code rfp-revision}); once
 * approved, only addenda change it.
 */
@Service
public class DraftingRfp implements ApprovalDocuments, ItemSubjects {

	/** What an RFP's item before the EC has as its subject, before the RFP's id. */
	public static final String SUBJECT = "rfp:";

	private final Calls calls;

	private final Directory directory;

	private final Clock clock;

	DraftingRfp(Calls calls, Directory directory, Clock clock) {
		this.calls = calls;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Stores an RFP and sends it to the EC.
	 * @param draft who drafts it, with the form's values
	 * @return the RFP, or every problem by its field (nothing stored)
	 */
	public Outcome<Call> draft(Draft draft) {
		Instant now = this.clock.instant();
		return checked(draft.values(), now).map((rfp) -> {
			int year = now.atZone(ZoneOffset.UTC).getYear();
			Reference reference = Reference.ofRfp(year, this.calls.nextNumber(year));
			Call call = new Call(UUID.randomUUID(), reference, draft.workingGroup(), draft.by(), now,
					RfpStatus.BEFORE_EC, 1, rfp, null, null);
			this.calls.add(call);
			GrantLog.RFP_DRAFTED.log(reference, draft.by(), rfp.criteria().list().size(), rfp.attachments().size(),
					rfp.panel().size());
			return call;
		});
	}

	private Outcome<Rfp> checked(Map<String, Object> values, Instant now) {
		return RfpForm.read(values).then((draft) -> draft.check(now)).then((rfp) -> {
			Membership membership = this.directory.membership();
			for (String username : rfp.panel()) {
				Optional<Person> person = membership.person(username);
				if (person.isEmpty() || !person.get().enabled() || !person.get().holds(Role.EVALUATOR)) {
					return Outcome.refused("panel", "'" + username + "' is not an evaluator in the directory");
				}
			}
			return Outcome.accepted(rfp);
		});
	}

	@Override
	public boolean handles(String subject) {
		return subject.startsWith(SUBJECT);
	}

	@Override
	public Optional<Link> link(String subject) {
		return handles(subject) ? this.calls.find(idOf(subject))
			.map((call) -> new Link("Request for proposals", "/rfps/" + call.reference(),
					call.reference() + ": the call as drafted, its criteria and panel"))
				: Optional.empty();
	}

	@Override
	public Optional<String> revisedAt(String subject) {
		return handles(subject) ? this.calls.find(idOf(subject)).map((call) -> "/rfps/" + call.reference() + "/revise")
				: Optional.empty();
	}

	@Override
	public Map<String, String> current(String subject) {
		return new LinkedHashMap<>(RfpForm.values(this.calls.find(idOf(subject)).orElseThrow().rfp()));
	}

	@Override
	public int revise(String subject, Map<String, Object> values, String by) {
		Call call = this.calls.find(idOf(subject)).orElseThrow();
		Rfp rfp = checked(values, this.clock.instant()).orElseThrow(InputRefusedException::new);
		if (call.status() != RfpStatus.BEFORE_EC) {
			throw new InputRefusedException(Refusal.of(call.reference() + " is " + call.status().label() + "."));
		}
		int version = this.calls.revise(call.id(), rfp);
		GrantLog.RFP_REVISED.log(call.reference(), version, by);
		return version;
	}

	private static UUID idOf(String subject) {
		return UUID.fromString(subject.substring(SUBJECT.length()));
	}

	/**
	 * An RFP to draft.
	 *
	 * @param workingGroup the working group that runs it
	 * @param by the working-group chair
	 * @param values the form's values
	 */
	public record Draft(String workingGroup, String by, Map<String, Object> values) {

	}

}
