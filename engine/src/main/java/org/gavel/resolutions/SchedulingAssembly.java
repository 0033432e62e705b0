package org.gavel.resolutions;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat schedules a General Assembly: its dates must keep the statutory notice
 * period and follow one another, its rule sets must exist ({@code GA-001}).
 */
@Service
public class SchedulingAssembly {

	private final Assemblies assemblies;

	private final AssemblyForm form;

	private final Clock clock;

	SchedulingAssembly(Assemblies assemblies, AssemblyForm form, Clock clock) {
		this.assemblies = assemblies;
		this.form = form;
		this.clock = clock;
	}

	/**
	 * Schedules an assembly.
	 * @param scheduling who schedules it, with the form's values
	 * @return the assembly's id, or the problems by field (nothing stored)
	 */
	@Transactional
	public Outcome<UUID> schedule(Scheduling scheduling) {
		Instant now = this.clock.instant();
		return this.form.read(null, scheduling.values(), scheduling.by()).then((assembly) -> {
			Map<String, String> problems = assembly.schedule().problems(now);
			if (!problems.isEmpty()) {
				return Outcome.refused(Refusal.ofFields(problems));
			}
			this.assemblies.add(assembly, now);
			ResolutionLog.ASSEMBLY_SCHEDULED.log(assembly.id(), assembly.title(), assembly.startsAt(), scheduling.by());
			return Outcome.accepted(assembly.id());
		});
	}

	/**
	 * An assembly to schedule.
	 *
	 * @param values the checked values of the {@code assembly} form: dates as
	 * {@code yyyy-MM-dd'T'HH:mm} in the assembly's time zone, {@code noticeGivenOn} as
	 * {@code yyyy-MM-dd}
	 * @param by who schedules it
	 */
	public record Scheduling(Map<String, Object> values, String by) {

	}

}
