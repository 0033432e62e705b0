package org.gavel.resolutions;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Schedule;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.voting.RuleSets;

import org.springframework.stereotype.Component;

/**
 * Reads the checked values of the {@code assembly} form into an assembly: its zone and
 * rule sets must exist, its dates are read in its zone. Scheduling and rescheduling then
 * check the dates against the statutes.
 */
@Component
class AssemblyForm {

	private final RuleSets ruleSets;

	private final ResolutionSettings settings;

	private final Clock clock;

	AssemblyForm(RuleSets ruleSets, ResolutionSettings settings, Clock clock) {
		this.ruleSets = ruleSets;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * An assembly from the form's values: a new one scheduled by {@code by}, or the one
	 * it changes (keeping its id, author, booklet and, unless given anew, the day notice
	 * was given).
	 * @param before the assembly changed, or {@code null} for a new one
	 * @param values the form's values: dates as {@code yyyy-MM-dd'T'HH:mm} in the
	 * assembly's time zone, {@code noticeGivenOn} as {@code yyyy-MM-dd}
	 * @param by who schedules it
	 * @return the assembly, or the problems by field
	 */
	Outcome<Assembly> read(Assembly before, Map<String, Object> values, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		String zoneId = text(values, "timeZone");
		ZoneId zone = ZoneId.of("UTC");
		try {
			zone = ZoneId.of((zoneId != null) ? zoneId : "UTC");
		}
		catch (DateTimeException ex) {
			problems.put("timeZone", "'" + zoneId + "' is not a time zone such as Asia/Singapore");
		}
		String ordinary = ruleSet(text(values, "ordinaryRuleSet"), this.settings.ordinaryRuleSet());
		String statutory = ruleSet(text(values, "statutoryRuleSet"), this.settings.statutoryRuleSet());
		if (this.ruleSets.latest(ordinary).isEmpty()) {
			problems.put("ordinaryRuleSet", "there is no rule set '" + ordinary + "'");
		}
		if (this.ruleSets.latest(statutory).isEmpty()) {
			problems.put("statutoryRuleSet", "there is no rule set '" + statutory + "'");
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		String given = text(values, "noticeGivenOn");
		LocalDate noticeGivenOn = (given != null) ? LocalDate.parse(given)
				: (before != null) ? before.noticeGivenOn() : this.clock.instant().atZone(zone).toLocalDate();
		Assembly.Details details = new Assembly.Details(text(values, "title"), text(values, "place"),
				Boolean.TRUE.equals(values.get("inRoomSession")), ordinary, statutory);
		Schedule schedule = new Schedule(at(values, "startsAt", zone), zone, noticeGivenOn, this.settings.noticeDays(),
				at(values, "submissionDeadline", zone), at(values, "votingOpensAt", zone),
				at(values, "votingClosesAt", zone));
		return Outcome.accepted((before != null) ? before.changed(details, schedule)
				: Assembly.scheduled(UUID.randomUUID(), details, schedule, by));
	}

	private static String ruleSet(String name, String fallback) {
		return (name != null) ? name : fallback;
	}

	private static Instant at(Map<String, Object> values, String key, ZoneId zone) {
		return LocalDateTime.parse(text(values, key)).atZone(zone).toInstant();
	}

	private static String text(Map<String, Object> values, String key) {
		Object value = values.get(key);
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

}
