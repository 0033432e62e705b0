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
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.voting.RuleSets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat schedules a General Assembly: its dates must keep the statutory notice
 * period and follow one another, its rule sets must exist ({@code GA-001}).
 */
@Service
public class SchedulingAssembly {

	private static final Logger log = LoggerFactory.getLogger(SchedulingAssembly.class);

	private final Assemblies assemblies;

	private final RuleSets ruleSets;

	private final ResolutionSettings settings;

	private final Clock clock;

	SchedulingAssembly(Assemblies assemblies, RuleSets ruleSets, ResolutionSettings settings, Clock clock) {
		this.assemblies = assemblies;
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
	public Outcome schedule(Map<String, Object> values, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		ZoneId zone = zone(text(values, "timeZone"), problems);
		String ordinary = ruleSet(text(values, "ordinaryRuleSet"), this.settings.ordinaryRuleSet(), "ordinaryRuleSet",
				problems);
		String statutory = ruleSet(text(values, "statutoryRuleSet"), this.settings.statutoryRuleSet(),
				"statutoryRuleSet", problems);
		if (!problems.isEmpty()) {
			return new Outcome.Refused(problems);
		}
		Instant now = this.clock.instant();
		String notice = text(values, "noticeGivenOn");
		Schedule schedule = new Schedule(at(values, "startsAt", zone), zone,
				(notice != null) ? LocalDate.parse(notice) : now.atZone(zone).toLocalDate(), this.settings.noticeDays(),
				at(values, "submissionDeadline", zone), at(values, "votingOpensAt", zone),
				at(values, "votingClosesAt", zone));
		problems.putAll(schedule.problems(now));
		if (!problems.isEmpty()) {
			return new Outcome.Refused(problems);
		}
		String place = text(values, "place");
		Assembly assembly = new Assembly(UUID.randomUUID(), text(values, "title"), place, schedule.startsAt(), zone,
				schedule.noticeGivenOn(), schedule.noticeDays(), schedule.submissionDeadline(),
				schedule.votingOpensAt(), schedule.votingClosesAt(), Boolean.TRUE.equals(values.get("inRoomSession")),
				ordinary, statutory, null, null, by);
		this.assemblies.add(assembly, now);
		log.atInfo()
			.addKeyValue("code", "GA-001")
			.log("GA-001 assembly scheduled id={} title=\"{}\" startsAt={} by={}", assembly.id(), assembly.title(),
					assembly.startsAt(), by);
		return new Outcome.Scheduled(assembly.id());
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
	 * What scheduling came to.
	 */
	public sealed interface Outcome {

		/** Scheduled, with the assembly's id. */
		record Scheduled(UUID id) implements Outcome {

		}

		/** Refused, with a message per field. */
		record Refused(Map<String, String> problems) implements Outcome {

		}

	}

}
