package org.gavel.resolutions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.forms.InputRefusedException;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Action;
import org.gavel.membership.model.Category;
import org.gavel.membership.model.Decision;
import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Membership;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.model.ResolutionType;
import org.gavel.resolutions.model.Sponsor;
import org.gavel.resolutions.model.SponsorRule;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member drafts a resolution, invites co-sponsors, who endorse it or decline, and
 * submits it before the deadline once the sponsor rule is met; a returned resolution is
 * revised and comes back ({@code GA-002}…{@code GA-004}).
 */
@Service
public class DraftingResolution {

	private static final Logger log = LoggerFactory.getLogger(DraftingResolution.class);

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final Directory directory;

	private final ResolutionSettings settings;

	private final Clock clock;

	DraftingResolution(Assemblies assemblies, Resolutions resolutions, Directory directory, ResolutionSettings settings,
			Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.directory = directory;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Stores a draft with its proposer and the co-sponsors it invites.
	 * @param draft the draft
	 * @return the resolution
	 * @throws InputRefusedException naming the field at fault (nothing stored)
	 */
	@Transactional
	public Resolution draft(DraftResolution draft) {
		Assembly assembly = this.assemblies.find(draft.assemblyId())
			.orElseThrow(() -> new InputRefusedException(null, "There is no General Assembly " + draft.assemblyId()));
		Instant now = this.clock.instant();
		if (!now.isBefore(assembly.submissionDeadline())) {
			throw new InputRefusedException(null, "The submission deadline of " + assembly.title() + " ("
					+ Dates.at(assembly.submissionDeadline(), assembly.zone()) + ") has passed.");
		}
		Membership membership = this.directory.membership();
		MemberContext proposer = context(membership, draft.proposer());
		refuseUnless(proposer.may(Action.SUBMIT_RESOLUTION), null);
		List<Sponsor> invited = invitees(membership, proposer, draft.coSponsors());
		Resolution resolution = new Resolution(UUID.randomUUID(), assembly.id(), null, draft.title(), draft.type(),
				draft.rationale(), draft.operativeText(), draft.proposer(), proposer.organisation().name(),
				draft.workingGroup(), ResolutionStatus.DRAFT, 1, null, null, null, null, null, null, null, now);
		this.resolutions.add(resolution);
		this.resolutions.version(resolution.id(), new Resolutions.Version(1, draft.title(), draft.type(),
				draft.rationale(), draft.operativeText(), null, draft.proposer(), now));
		this.resolutions.sponsor(resolution.id(), 0, sponsor(proposer), now);
		for (int i = 0; i < invited.size(); i++) {
			this.resolutions.sponsor(resolution.id(), i + 1, invited.get(i), now);
		}
		this.resolutions.event(resolution.id(), now, "DRAFTED", draft.proposer(), "for " + assembly.title()
				+ "; co-sponsors invited: "
				+ (invited.isEmpty() ? "none" : String.join(", ", invited.stream().map(Sponsor::username).toList())));
		log.atInfo()
			.addKeyValue("code", "GA-002")
			.log("GA-002 resolution drafted id={} assembly={} proposer={} invited={}", resolution.id(), assembly.id(),
					draft.proposer(), invited.size());
		return resolution;
	}

	/**
	 * The proposer invites more members to co-sponsor a draft, for instance when an
	 * invited member declined and the sponsor rule is not met yet.
	 * @param id the resolution
	 * @param by who invites (the proposer)
	 * @param usernames whom
	 * @return the members invited now
	 * @throws InputRefusedException naming the field at fault (nothing written)
	 */
	@Transactional
	public List<String> invite(UUID id, String by, List<String> usernames) {
		Resolution resolution = resolution(id);
		if (resolution.status() != ResolutionStatus.DRAFT) {
			throw new InputRefusedException(null, "This resolution is no longer collecting co-sponsors.");
		}
		if (!resolution.proposer().equals(by)) {
			throw new InputRefusedException(null,
					"Only the proposer, " + resolution.proposer() + ", invites co-sponsors.");
		}
		Assembly assembly = this.assemblies.find(resolution.assemblyId()).orElseThrow();
		Instant now = this.clock.instant();
		if (!now.isBefore(assembly.submissionDeadline())) {
			throw new InputRefusedException(null, "The submission deadline ("
					+ Dates.at(assembly.submissionDeadline(), assembly.zone()) + ") has passed.");
		}
		List<Resolutions.SponsorRow> sponsors = this.resolutions.sponsors(id);
		List<String> already = usernames.stream()
			.filter((username) -> sponsors.stream().anyMatch((row) -> row.username().equals(username)))
			.distinct()
			.toList();
		if (!already.isEmpty()) {
			throw new InputRefusedException("coSponsors",
					String.join(", ", already) + ((already.size() == 1) ? " is" : " are") + " already on the list");
		}
		Membership membership = this.directory.membership();
		List<Sponsor> invited = invitees(membership, context(membership, by), usernames);
		if (invited.isEmpty()) {
			throw new InputRefusedException("coSponsors", "name at least one member");
		}
		int position = sponsors.stream().mapToInt(Resolutions.SponsorRow::position).max().orElse(0);
		for (Sponsor sponsor : invited) {
			this.resolutions.sponsor(id, ++position, sponsor, now);
		}
		List<String> names = invited.stream().map(Sponsor::username).toList();
		this.resolutions.event(id, now, "INVITED", by, "co-sponsors invited: " + String.join(", ", names));
		log.atInfo().addKeyValue("code", "GA-012").log("GA-012 more co-sponsors invited id={} invited={}", id, names);
		return names;
	}

	/**
	 * The members invited to co-sponsor, in the order invited.
	 * @param id the resolution
	 * @return their usernames
	 */
	public List<String> invited(UUID id) {
		return this.resolutions.sponsors(id)
			.stream()
			.filter((row) -> row.position() > 0)
			.sorted(java.util.Comparator.comparingInt(Resolutions.SponsorRow::position))
			.map(Resolutions.SponsorRow::username)
			.toList();
	}

	/**
	 * Records an invited member's answer.
	 * @throws InputRefusedException when the member may not answer (nothing written)
	 */
	@Transactional
	public void endorse(UUID id, String member, boolean endorses, String statement) {
		Resolution resolution = resolution(id);
		if (resolution.status() != ResolutionStatus.DRAFT) {
			throw new InputRefusedException(null, "This resolution is no longer collecting co-sponsors.");
		}
		if (endorses) {
			refuseUnless(context(this.directory.membership(), member).may(Action.CO_SPONSOR_RESOLUTION), null);
		}
		if (!this.resolutions.answer(id, member, endorses, blankToNull(statement), this.clock.instant())) {
			throw new InputRefusedException(null, member + " was not invited to co-sponsor, or has answered already.");
		}
		this.resolutions.event(id, this.clock.instant(), endorses ? "ENDORSED" : "DECLINED", member,
				blankToNull(statement));
		log.atInfo()
			.addKeyValue("code", "GA-003")
			.log("GA-003 co-sponsor answered id={} member={} endorses={}", id, member, endorses);
	}

	/**
	 * What the sponsor rule says of those backing a resolution now.
	 * @param id the resolution
	 * @return the verdict, with a sentence per condition
	 */
	public SponsorRule.Verdict sponsorship(UUID id) {
		List<Sponsor> backing = this.resolutions.sponsors(id)
			.stream()
			.filter(Resolutions.SponsorRow::backs)
			.map(Resolutions.SponsorRow::sponsor)
			.toList();
		Map<String, String> categories = new LinkedHashMap<>();
		this.directory.membership()
			.categories()
			.stream()
			.filter(Category::voting)
			.forEach((category) -> categories.put(category.id(), category.label()));
		return this.settings.sponsorRule().check(backing, categories);
	}

	/**
	 * Submits a draft: only its proposer, before the deadline, with the sponsor rule met.
	 * @throws InputRefusedException why not (nothing written)
	 */
	@Transactional
	public void submit(UUID id, String by) {
		Resolution resolution = resolution(id);
		Assembly assembly = this.assemblies.find(resolution.assemblyId()).orElseThrow();
		if (!resolution.proposer().equals(by)) {
			throw new InputRefusedException(null, "Only the proposer, " + resolution.proposer() + ", submits it.");
		}
		if (!this.clock.instant().isBefore(assembly.submissionDeadline())) {
			throw new InputRefusedException(null, "Too late: the submission deadline ("
					+ Dates.at(assembly.submissionDeadline(), assembly.zone()) + ") has passed.");
		}
		SponsorRule.Verdict verdict = sponsorship(id);
		if (!verdict.met()) {
			throw new InputRefusedException("confirmed", "the sponsor rule is not met yet: " + verdict.explanation());
		}
		this.resolutions.event(id, this.clock.instant(), "SUBMITTED", by, verdict.explanation());
		log.atInfo().addKeyValue("code", "GA-004").log("GA-004 resolution submitted id={} version=1", id);
	}

	/**
	 * Stores the revision of a returned resolution, before its resubmission deadline.
	 * @throws InputRefusedException why not (nothing written)
	 */
	@Transactional
	public void revise(UUID id, String by, Revision revision) {
		Resolution resolution = resolution(id);
		if (resolution.status() != ResolutionStatus.RETURNED) {
			throw new InputRefusedException(null, "This resolution has not been returned for revision.");
		}
		if (!resolution.proposer().equals(by)) {
			throw new InputRefusedException(null, "Only the proposer, " + resolution.proposer() + ", revises it.");
		}
		if (resolution.resubmitBy() != null && this.clock.instant().isAfter(resolution.resubmitBy())) {
			throw new InputRefusedException(null, "Too late: it had to come back by " + resolution.resubmitBy());
		}
		this.resolutions.revise(id, revision.title(), revision.type(), revision.rationale(), revision.operativeText());
		this.resolutions.version(id,
				new Resolutions.Version(resolution.version() + 1, revision.title(), revision.type(),
						revision.rationale(), revision.operativeText(), revision.changeNote(), by,
						this.clock.instant()));
		this.resolutions.event(id, this.clock.instant(), "RESUBMITTED", by,
				"version " + (resolution.version() + 1) + ": " + revision.changeNote());
		log.atInfo()
			.addKeyValue("code", "GA-004")
			.log("GA-004 resolution submitted id={} version={}", id, resolution.version() + 1);
	}

	private Resolution resolution(UUID id) {
		return this.resolutions.find(id)
			.orElseThrow(() -> new InputRefusedException(null, "There is no resolution " + id + "."));
	}

	private List<Sponsor> invitees(Membership membership, MemberContext proposer, List<String> usernames) {
		List<Sponsor> invited = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String username : new LinkedHashSet<>(usernames)) {
			Optional<MemberContext> context = membership.contextOf(username);
			if (context.isEmpty()) {
				problems.add(username + " is not in the directory");
				continue;
			}
			Decision may = context.get().may(Action.CO_SPONSOR_RESOLUTION);
			if (!may.isAllowed()) {
				problems.add(((Decision.Refused) may).reason());
			}
			else if (context.get().organisation().id().equals(proposer.organisation().id())) {
				problems.add(username + " speaks for the proposer's own organisation");
			}
			else {
				invited.add(sponsor(context.get()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InputRefusedException("coSponsors", String.join("; ", problems));
		}
		return invited;
	}

	private static MemberContext context(Membership membership, String username) {
		return membership.contextOf(username)
			.orElseThrow(() -> new InputRefusedException(null, username + " is not in the directory."));
	}

	private static Sponsor sponsor(MemberContext context) {
		return new Sponsor(context.person().username(), context.organisation().name(), context.category().id());
	}

	private static void refuseUnless(Decision decision, String field) {
		if (decision instanceof Decision.Refused refused) {
			throw new InputRefusedException(field, refused.reason());
		}
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A new draft.
	 *
	 * @param assemblyId the assembly it is for
	 * @param proposer who proposes it
	 * @param title its title
	 * @param type ordinary or statutory
	 * @param rationale why
	 * @param operativeText what the assembly resolves
	 * @param workingGroup the working group it comes from, or {@code null}
	 * @param coSponsors the members invited to co-sponsor (usernames)
	 */
	public record DraftResolution(UUID assemblyId, String proposer, String title, ResolutionType type, String rationale,
			String operativeText, String workingGroup, List<String> coSponsors) {

	}

	/**
	 * A returned resolution, revised.
	 *
	 * @param title its title
	 * @param type ordinary or statutory
	 * @param rationale why
	 * @param operativeText what the assembly resolves
	 * @param changeNote what changed and why
	 */
	public record Revision(String title, ResolutionType type, String rationale, String operativeText,
			String changeNote) {

	}

}
