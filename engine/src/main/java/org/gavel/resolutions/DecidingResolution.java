package org.gavel.resolutions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gavel.forms.InputRefusedException;
import org.gavel.membership.MemberContexts;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.Action;
import org.gavel.membership.model.Decision;
import org.gavel.membership.model.Electorate;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Implementation;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a submitted resolution: the secretariat's admissibility review, the
 * EC's position, publication in the booklet, the vote and its result, then its
 * implementation ({@code GA-005}…{@code GA-010}).
 */
@Service
public class DecidingResolution {

	private static final Logger log = LoggerFactory.getLogger(DecidingResolution.class);

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final TakingElectoralRoll takingRoll;

	private final MemberContexts members;

	private final Clock clock;

	DecidingResolution(Assemblies assemblies, Resolutions resolutions, TakingElectoralRoll takingRoll,
			MemberContexts members, Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.takingRoll = takingRoll;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Checks and records the secretariat's admissibility decision.
	 * @param id the resolution
	 * @param by who reviewed it
	 * @param decision {@code admit}, {@code return} or {@code reject}
	 * @param comments the comments (required to return or reject)
	 * @param resubmitBy the last day to resubmit (required to return)
	 * @return when a returned resolution must be back, else {@code null}
	 * @throws InputRefusedException naming the field at fault (nothing written)
	 */
	@Transactional
	public Instant review(UUID id, String by, String decision, String comments, String resubmitBy) {
		Resolution resolution = in(id, ResolutionStatus.SUBMITTED);
		Assembly assembly = this.assemblies.find(resolution.assemblyId()).orElseThrow();
		refuseUnless(this.members.of(by).may(Action.RUN_SECRETARIAT));
		if (!List.of("admit", "return", "reject").contains(decision)) {
			throw new InputRefusedException("decision", "choose admit, return for revision or reject");
		}
		String why = DraftingResolution.blankToNull(comments);
		if (!"admit".equals(decision) && why == null) {
			throw new InputRefusedException("comments", "the proposer needs the reasons");
		}
		Instant due = null;
		if ("return".equals(decision)) {
			if (resubmitBy == null || resubmitBy.isBlank()) {
				throw new InputRefusedException("resubmitBy", "a returned resolution needs a resubmission deadline");
			}
			due = LocalDate.parse(resubmitBy).plusDays(1).atStartOfDay(assembly.zone()).toInstant().minusSeconds(1);
			if (!due.isAfter(this.clock.instant())) {
				throw new InputRefusedException("resubmitBy", "must be today or later");
			}
			if (!due.isBefore(assembly.votingOpensAt())) {
				throw new InputRefusedException("resubmitBy",
						"must be before voting opens (" + Dates.at(assembly.votingOpensAt(), assembly.zone()) + ")");
			}
		}
		this.resolutions.event(id, this.clock.instant(), "REVIEWED", by, decision + ((why != null) ? ": " + why : ""));
		log.atInfo()
			.addKeyValue("code", "GA-005")
			.log("GA-005 admissibility decided id={} decision={} by={}", id, decision, by);
		return due;
	}

	@Transactional
	public void returned(UUID id, Instant resubmitBy) {
		this.resolutions.returned(id, resubmitBy);
	}

	@Transactional
	public void inadmissible(UUID id) {
		this.resolutions.status(id, ResolutionStatus.INADMISSIBLE);
		this.resolutions.event(id, this.clock.instant(), "INADMISSIBLE", "system", null);
	}

	@Transactional
	public void late(UUID id) {
		Resolution resolution = this.resolutions.find(id).orElseThrow();
		this.resolutions.status(id, ResolutionStatus.LATE);
		this.resolutions.event(id, this.clock.instant(), "LATE", "system",
				(resolution.status() == ResolutionStatus.DRAFT) ? "not submitted by the submission deadline"
						: "not resubmitted by " + resolution.resubmitBy());
		log.atInfo().addKeyValue("code", "GA-006").log("GA-006 resolution refused as late id={}", id);
	}

	/**
	 * Admits a resolution and gives it the assembly's next number.
	 * @param id the resolution
	 * @param askEc whether the EC is asked for its position first
	 * @return the resolution as admitted
	 */
	@Transactional
	public Resolution admit(UUID id, boolean askEc) {
		Resolution resolution = this.resolutions.find(id).orElseThrow();
		int number = this.resolutions.admit(id, resolution.assemblyId());
		if (askEc) {
			this.resolutions.status(id, ResolutionStatus.EC_POSITION);
		}
		this.resolutions.event(id, this.clock.instant(), "ADMITTED", "system",
				"as resolution " + number + (askEc ? "; the EC is asked for its position" : ""));
		return this.resolutions.find(id).orElseThrow();
	}

	/**
	 * Records the EC's position, written by its chair after the EC's approval round.
	 * @throws InputRefusedException naming the field at fault
	 */
	@Transactional
	public void ecPosition(UUID id, UUID approval, String by, String stance, String statement) {
		in(id, ResolutionStatus.EC_POSITION);
		if (!List.of("support", "oppose", "neutral").contains(stance)) {
			throw new InputRefusedException("stance", "choose support, oppose or neutral");
		}
		if (DraftingResolution.blankToNull(statement) == null) {
			throw new InputRefusedException("statement", "the booklet prints the EC's statement");
		}
		this.resolutions.ecPosition(id, approval, stance, statement.strip());
		this.resolutions.status(id, ResolutionStatus.ADMITTED);
		this.resolutions.event(id, this.clock.instant(), "EC_POSITION", by, stance + ": " + statement.strip());
		log.atInfo().addKeyValue("code", "GA-007").log("GA-007 EC position recorded id={} stance={}", id, stance);
	}

	/**
	 * Why an assembly's booklet cannot be published now, if it cannot.
	 * @param assembly the assembly
	 * @return the reason, or {@code null} when it can be
	 */
	public String bookletBlocked(UUID assembly) {
		Assembly a = this.assemblies.find(assembly).orElseThrow();
		if (a.bookletPublishedAt() != null) {
			return "The booklet was published on " + Dates.at(a.bookletPublishedAt(), a.zone()) + ".";
		}
		List<Resolution> all = this.resolutions.of(assembly);
		List<String> undecided = all.stream()
			.filter((r) -> r.status().undecided())
			.map((r) -> "\"" + r.title() + "\" (" + r.status().label() + ")")
			.toList();
		if (!undecided.isEmpty()) {
			return "These resolutions are not decided yet: " + String.join(", ", undecided)
					+ ". Admit or reject them first.";
		}
		if (all.stream().noneMatch((r) -> r.status() == ResolutionStatus.ADMITTED)) {
			return "No resolution has been admitted: there is nothing to publish.";
		}
		return null;
	}

	@Transactional
	public boolean bookletPublished(UUID assembly, String by) {
		boolean first = this.assemblies.bookletPublished(assembly, this.clock.instant());
		if (first) {
			log.atInfo().addKeyValue("code", "GA-008").log("GA-008 booklet published assembly={} by={}", assembly, by);
		}
		return first;
	}

	@Transactional
	public void published(UUID id) {
		this.resolutions.status(id, ResolutionStatus.PUBLISHED);
		this.resolutions.event(id, this.clock.instant(), "PUBLISHED", "system", "in the booklet; discussion open");
	}

	/**
	 * The assembly's electoral roll, frozen when the first of its ballots opens.
	 * @param assembly the assembly
	 * @return the roll's id
	 */
	@Transactional
	public UUID roll(UUID assembly) {
		return this.assemblies.lockRoll(assembly).orElseGet(() -> {
			var taken = (TakingElectoralRoll.Outcome.Taken) this.takingRoll
				.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.GENERAL_ASSEMBLY, null, "system"));
			this.assemblies.roll(assembly, taken.roll().id());
			return taken.roll().id();
		});
	}

	@Transactional
	public void votingOpened(UUID id, String ruleSet) {
		this.resolutions.status(id, ResolutionStatus.VOTING);
		this.resolutions.event(id, this.clock.instant(), "VOTING_OPENED", "system", "under " + ruleSet);
	}

	@Transactional
	public void result(UUID id, UUID ballot, String outcome) {
		this.resolutions.ballot(id, ballot);
		this.resolutions.result(id, outcome);
		this.resolutions.event(id, this.clock.instant(), "RESULT", "system", outcome.replace('_', ' ').toLowerCase()
				+ ("ADOPTED".equals(outcome) ? "; entered in the register" : ""));
		log.atInfo().addKeyValue("code", "GA-009").log("GA-009 resolution result id={} outcome={}", id, outcome);
	}

	/**
	 * Moves an adopted resolution's implementation forward.
	 * @throws InputRefusedException naming the field at fault
	 */
	@Transactional
	public void implementation(UUID id, String by, String stage, String note) {
		Resolution resolution = in(id, ResolutionStatus.ADOPTED);
		refuseUnless(this.members.of(by).may(Action.RUN_SECRETARIAT));
		Implementation next = Implementation.ofValue(stage)
			.orElseThrow(() -> new InputRefusedException("stage", "choose in progress or completed"));
		if (!resolution.implementation().canMoveTo(next)) {
			throw new InputRefusedException("stage",
					"it is " + resolution.implementation().label() + " already; implementation only moves forward");
		}
		this.resolutions.implementation(id, next);
		this.resolutions.event(id, this.clock.instant(), "IMPLEMENTATION", by,
				next.label() + ((DraftingResolution.blankToNull(note) != null) ? ": " + note.strip() : ""));
		log.atInfo().addKeyValue("code", "GA-010").log("GA-010 implementation moved id={} stage={}", id, next);
	}

	/**
	 * Adds a member's comment while the resolution is open for discussion.
	 * @throws InputRefusedException naming the field at fault
	 */
	@Transactional
	public void comment(UUID id, String by, String body) {
		Resolution resolution = this.resolutions.find(id).orElseThrow();
		if (resolution.status() != ResolutionStatus.PUBLISHED && resolution.status() != ResolutionStatus.VOTING) {
			throw new InputRefusedException(null, "Comments open when the resolution is published in the booklet.");
		}
		refuseUnless(this.members.of(by).may(Action.COMMENT_ON_RESOLUTION));
		if (DraftingResolution.blankToNull(body) == null) {
			throw new InputRefusedException("comment", "is required");
		}
		this.resolutions.comment(id, by, body.strip(), this.clock.instant());
	}

	private Resolution in(UUID id, ResolutionStatus status) {
		Resolution resolution = this.resolutions.find(id)
			.orElseThrow(() -> new InputRefusedException(null, "There is no resolution " + id + "."));
		if (resolution.status() != status) {
			throw new InputRefusedException(null, "This resolution is " + resolution.status().label() + ".");
		}
		return resolution;
	}

	private static void refuseUnless(Decision decision) {
		if (decision instanceof Decision.Refused refused) {
			throw new InputRefusedException(null, refused.reason());
		}
	}

}
