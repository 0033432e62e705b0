package org.gavel.resolutions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.documents.model.TextComparison;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Category;
import org.gavel.membership.model.Decision;
import org.gavel.membership.model.MemberContext;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionReaders;
import org.gavel.resolutions.model.Sponsor;
import org.gavel.resolutions.model.SponsorRule;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Dates;
import org.gavel.voting.BallotView;
import org.gavel.voting.ReadingBallots;

import org.springframework.stereotype.Service;

/**
 * Assemblies and resolutions as the portal and the documents show them.
 */
@Service
public class ReadingResolutions {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final ReadingBallots ballots;

	private final Directory directory;

	private final ResolutionSettings settings;

	private final Clock clock;

	ReadingResolutions(Assemblies assemblies, Resolutions resolutions, ReadingBallots ballots, Directory directory,
			ResolutionSettings settings, Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.ballots = ballots;
		this.directory = directory;
		this.settings = settings;
		this.clock = clock;
	}

	public Optional<Resolution> find(UUID id) {
		return this.resolutions.find(id);
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
			.sorted(Comparator.comparingInt(Resolutions.SponsorRow::position))
			.map(Resolutions.SponsorRow::username)
			.toList();
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

	public List<Assembly> assemblies() {
		return this.assemblies.list();
	}

	public Optional<Overview> assembly(UUID id) {
		return this.assemblies.find(id).map((a) -> new Overview(a, this.resolutions.of(id), timeline(a)));
	}

	/**
	 * Whether someone may read a resolution (see {@link ResolutionReaders}).
	 * @param resolution the resolution
	 * @param viewer who asks
	 * @return allowed, or refused with the reason
	 */
	public Decision mayRead(Resolution resolution, MemberContext viewer) {
		return ResolutionReaders.mayRead(resolution,
				this.resolutions.sponsors(resolution.id()).stream().map(Resolutions.SponsorRow::username).toList(),
				viewer);
	}

	/**
	 * An assembly with only the resolutions someone may read.
	 * @param overview the assembly
	 * @param viewer who asks
	 * @return the same assembly, its list cut to what the viewer reads
	 */
	public Overview readableBy(Overview overview, MemberContext viewer) {
		return new Overview(overview.assembly(),
				overview.resolutions().stream().filter((r) -> mayRead(r, viewer).isAllowed()).toList(),
				overview.timeline());
	}

	public Optional<Record> resolution(UUID id) {
		return this.resolutions.find(id).map((r) -> {
			Assembly a = this.assemblies.find(r.assemblyId()).orElseThrow();
			UUID ballot = (r.ballotId() != null) ? r.ballotId() : this.ballots.latestOpenedBy(r.opener()).orElse(null);
			BallotView view = (ballot != null) ? this.ballots.find(ballot)
				.map((found) -> BallotView.of(found, this.clock.instant(), false))
				.orElse(null) : null;
			List<Resolutions.Version> versions = this.resolutions.versions(id);
			return new Record(r, a, this.resolutions.sponsors(id), sponsorship(id), this.resolutions.events(id),
					this.resolutions.comments(id), view, versions, latestChanges(versions));
		});
	}

	/**
	 * What the latest version changed in the one before it; empty for a single version.
	 */
	private static List<TextComparison.Section> latestChanges(List<Resolutions.Version> versions) {
		if (versions.size() < 2) {
			return List.of();
		}
		Map<String, String> headings = new LinkedHashMap<>();
		headings.put("title", "Title");
		headings.put("type", "Type");
		headings.put("rationale", "Rationale");
		headings.put("operativeText", "Operative text");
		return TextComparison.compare(headings, texts(versions.get(versions.size() - 2)),
				texts(versions.get(versions.size() - 1)));
	}

	private static Map<String, String> texts(Resolutions.Version v) {
		return Map.of("title", v.title(), "type", v.type().label(), "rationale", v.rationale(), "operativeText",
				v.operativeText());
	}

	/**
	 * The register of adopted resolutions.
	 * @return each with its assembly
	 */
	public List<Registered> register() {
		return this.resolutions.adopted()
			.stream()
			.map((r) -> new Registered(r, this.assemblies.find(r.assemblyId()).orElseThrow()))
			.toList();
	}

	private List<Milestone> timeline(Assembly a) {
		Instant now = this.clock.instant();
		List<Milestone> steps = new ArrayList<>();
		steps.add(new Milestone("Notice given",
				Dates.at(a.noticeGivenOn().atStartOfDay(a.zone()).toInstant(), a.zone()).replace(", 00:00", ""), true));
		steps.add(new Milestone("Submission deadline", Dates.at(a.submissionDeadline(), a.zone()),
				!now.isBefore(a.submissionDeadline())));
		steps.add(new Milestone("Booklet published",
				(a.bookletPublishedAt() != null) ? Dates.at(a.bookletPublishedAt(), a.zone()) : "not yet",
				a.bookletPublishedAt() != null));
		steps.add(new Milestone("Discussion until voting opens", Dates.at(a.votingOpensAt(), a.zone()),
				!now.isBefore(a.votingOpensAt())));
		steps.add(new Milestone("Online voting closes", Dates.at(a.votingClosesAt(), a.zone()),
				!now.isBefore(a.votingClosesAt())));
		steps.add(new Milestone("The General Assembly" + (a.online() ? " (online)" : " in " + a.place()),
				Dates.at(a.startsAt(), a.zone()), !now.isBefore(a.startsAt())));
		return steps;
	}

	/**
	 * An assembly with its resolutions and timeline.
	 *
	 * @param assembly the assembly
	 * @param resolutions its resolutions
	 * @param timeline its dates in order, each passed or not
	 */
	public record Overview(Assembly assembly, List<Resolution> resolutions, List<Milestone> timeline) {

		public List<Resolution> published() {
			return this.resolutions.stream().filter((r) -> r.status().published()).toList();
		}

	}

	/**
	 * A date on an assembly's timeline.
	 *
	 * @param label what happens
	 * @param when when, in the assembly's zone
	 * @param passed whether it has passed
	 */
	public record Milestone(String label, String when, boolean passed) {

	}

	/**
	 * A resolution with all there is to show about it.
	 *
	 * @param resolution the resolution
	 * @param assembly its assembly
	 * @param sponsors the proposer and the invited co-sponsors with their answers
	 * @param sponsorship what the sponsor rule says of those backing it
	 * @param history what happened, in order
	 * @param comments members' comments
	 * @param ballot its ballot, once voting opened (the result once published)
	 * @param versions each version of its text, the first first
	 * @param changes what the latest version changed, section by section (empty for one
	 * version)
	 */
	public record Record(Resolution resolution, Assembly assembly, List<Resolutions.SponsorRow> sponsors,
			SponsorRule.Verdict sponsorship, List<Resolutions.Event> history, List<Resolutions.Event> comments,
			BallotView ballot, List<Resolutions.Version> versions, List<TextComparison.Section> changes) {

		public List<Resolutions.SponsorRow> backing() {
			return this.sponsors.stream().filter(Resolutions.SponsorRow::backs).toList();
		}

	}

	/**
	 * A register entry.
	 *
	 * @param resolution the adopted resolution
	 * @param assembly the assembly that adopted it
	 */
	public record Registered(Resolution resolution, Assembly assembly) {

	}

}
