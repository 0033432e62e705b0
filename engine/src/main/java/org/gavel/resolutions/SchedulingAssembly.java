package org.gavel.resolutions;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.voting.RuleSets;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat schedules a General Assembly, and may move it until voting opens: its
 * dates must keep the statutory notice period and follow one another, its rule sets must
 * exist ({@code GA-001}, {@code GA-011}).
 */
@Service
public class SchedulingAssembly {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final RuleSets ruleSets;

	private final ResolutionSettings settings;

	private final Clock clock;

	SchedulingAssembly(Assemblies assemblies, Resolutions resolutions, RuleSets ruleSets, ResolutionSettings settings,
			Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.ruleSets = ruleSets;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Schedules an assembly from the checked values of the {@code assembly} form.
	 * @param values the form's values: dates as {@code yyyy-MM-dd'T'HH:mm} in the
	 * assembly's time zone, {@code noticeGivenOn} as {@code yyyy-MM-dd}
	 * @param by who schedules it
	 * @return the assembly's id, or the problems by field (nothing stored)
	 */
	@Transactional
	public Outcome<UUID> schedule(Map<String, Object> values, String by) {
		Instant now = this.clock.instant();
		Map<String, String> problems = new LinkedHashMap<>();
		Assembly assembly = read(null, values, by, problems);
		if (assembly != null) {
			problems.putAll(assembly.schedule().problems(now));
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		this.assemblies.add(assembly, now);
		ResolutionLog.ASSEMBLY_SCHEDULED.log(assembly.id(), assembly.title(), assembly.startsAt(), by);
		return Outcome.accepted(assembly.id());
	}

	/**
	 * Moves an assembly, or corrects its title, place or rule sets, until voting opens.
	 * The new dates keep the same rules as when it was scheduled; a submission deadline
	 * that has passed stays where it was, and voting cannot open before a returned
	 * resolution's resubmission deadline. Each resolution's history notes the change
	 * ({@code GA-011}).
	 * @param id the assembly
	 * @param values the checked values of the {@code assembly} form; an empty
	 * {@code noticeGivenOn} keeps the day notice was given
	 * @param by who moves it
	 * @return the assembly before and after, or the problems by field (nothing stored)
	 */
	@Transactional
	public Outcome<Rescheduled> reschedule(UUID id, Map<String, Object> values, String by) {
		Instant now = this.clock.instant();
		Assembly before = this.assemblies.lock(id).orElseThrow();
		if (!before.votingOpensAt().isAfter(now) || before.rollId() != null) {
			return Outcome.refused(Refusal
				.ofFields(Map.of("votingOpensAt", "voting opened at " + Dates.at(before.votingOpensAt(), before.zone())
						+ ": the ballots hold their roll and window, so the assembly can no longer be moved")));
		}
		Map<String, String> problems = new LinkedHashMap<>();
		Assembly after = read(before, values, by, problems);
		if (after == null) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		problems.putAll(after.schedule()
			.problems(now, before.submissionDeadline().isAfter(now) ? null : before.submissionDeadline()));
		List<Resolution> resolutions = this.resolutions.of(id);
		for (Resolution r : resolutions) {
			if (r.status() == ResolutionStatus.RETURNED && r.resubmitBy() != null
					&& !r.resubmitBy().isBefore(after.votingOpensAt())) {
				problems.putIfAbsent("votingOpensAt", "must be after " + Dates.at(r.resubmitBy(), after.zone())
						+ ", the day \"" + r.title() + "\" may be resubmitted until");
			}
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		this.assemblies.reschedule(after);
		String note = "Assembly " + after.title() + ": starts " + Dates.at(after.startsAt(), after.zone())
				+ "; submissions until " + Dates.at(after.submissionDeadline(), after.zone()) + "; voting "
				+ Dates.at(after.votingOpensAt(), after.zone()) + " to "
				+ Dates.at(after.votingClosesAt(), after.zone());
		for (Resolution r : resolutions) {
			if (!r.status().ended()) {
				this.resolutions.event(r.id(), now, ResolutionEvent.ASSEMBLY_RESCHEDULED, by, note);
			}
		}
		ResolutionLog.ASSEMBLY_RESCHEDULED.log(id, after.startsAt(), after.submissionDeadline(), after.votingOpensAt(),
				by);
		return Outcome.accepted(new Rescheduled(before, after));
	}

	/**
	 * An assembly from the form's values: a new one scheduled by {@code by}, or the one
	 * it changes (keeping its id, author, booklet and, unless given anew, the day notice
	 * was given); {@code null} with the problems noted.
	 */
	private Assembly read(Assembly before, Map<String, Object> values, String by, Map<String, String> problems) {
		ZoneId zone = zone(text(values, "timeZone"), problems);
		String ordinary = ruleSet(text(values, "ordinaryRuleSet"), this.settings.ordinaryRuleSet(), "ordinaryRuleSet",
				problems);
		String statutory = ruleSet(text(values, "statutoryRuleSet"), this.settings.statutoryRuleSet(),
				"statutoryRuleSet", problems);
		if (!problems.isEmpty()) {
			return null;
		}
		String given = text(values, "noticeGivenOn");
		LocalDate noticeGivenOn = (given != null) ? LocalDate.parse(given)
				: (before != null) ? before.noticeGivenOn() : this.clock.instant().atZone(zone).toLocalDate();
		return new Assembly((before != null) ? before.id() : UUID.randomUUID(), text(values, "title"),
				text(values, "place"), at(values, "startsAt", zone), zone, noticeGivenOn, this.settings.noticeDays(),
				at(values, "submissionDeadline", zone), at(values, "votingOpensAt", zone),
				at(values, "votingClosesAt", zone), Boolean.TRUE.equals(values.get("inRoomSession")), ordinary,
				statutory, null, (before != null) ? before.bookletPublishedAt() : null,
				(before != null) ? before.createdBy() : by);
	}

	private ZoneId zone(String id, Map<String, String> problems) {
		try {
			return ZoneId.of((id != null) ? id : "UTC");
		}
		catch (DateTimeException ex) {
			problems.put("timeZone", "'" + id + "' is not a time zone such as Asia/Singapore");
			return null;
		}
	}

	private String ruleSet(String name, String fallback, String field, Map<String, String> problems) {
		String chosen = (name != null) ? name : fallback;
		if (this.ruleSets.latest(chosen).isEmpty()) {
			problems.put(field, "there is no rule set '" + chosen + "'");
		}
		return chosen;
	}

	private static Instant at(Map<String, Object> values, String key, ZoneId zone) {
		return LocalDateTime.parse(text(values, key)).atZone(zone).toInstant();
	}

	private static String text(Map<String, Object> values, String key) {
		Object value = values.get(key);
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

	/**
	 * An assembly moved.
	 *
	 * @param before as it was
	 * @param after as it is now
	 */
	public record Rescheduled(Assembly before, Assembly after) {

	}

}
