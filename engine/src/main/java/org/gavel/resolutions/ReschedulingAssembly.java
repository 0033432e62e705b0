package org.gavel.resolutions;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat moves an assembly, or corrects its title, place or rule sets, until
 * voting opens. The new dates keep the same rules as when it was scheduled; a submission
 * deadline that has passed stays where it was, and voting cannot open before a returned
 * resolution's resubmission deadline. Each resolution's history notes the change
 * ({@code GA-011}).
 */
@Service
public class ReschedulingAssembly {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final AssemblyForm form;

	private final Clock clock;

	ReschedulingAssembly(Assemblies assemblies, Resolutions resolutions, AssemblyForm form, Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.form = form;
		this.clock = clock;
	}

	/**
	 * Moves the assembly.
	 * @param rescheduling which assembly, who moves it, with the form's values
	 * @return the assembly before and after, or the problems by field (nothing stored)
	 */
	@Transactional
	public Outcome<Rescheduled> reschedule(Rescheduling rescheduling) {
		Instant now = this.clock.instant();
		Assembly before = this.assemblies.lock(rescheduling.id()).orElseThrow();
		return before.movable(now)
			.then((movable) -> this.form.read(before, rescheduling.values(), rescheduling.by()))
			.then((after) -> {
				Map<String, String> problems = new LinkedHashMap<>(after.schedule()
					.problems(now, before.submissionDeadline().isAfter(now) ? null : before.submissionDeadline()));
				List<Resolution> resolutions = this.resolutions.of(before.id());
				for (Resolution r : resolutions) {
					if (r.resubmittableAfter(after.votingOpensAt())) {
						problems.putIfAbsent("votingOpensAt", "must be after " + Dates.at(r.resubmitBy(), after.zone())
								+ ", the day \"" + r.title() + "\" may be resubmitted until");
					}
				}
				if (!problems.isEmpty()) {
					return Outcome.refused(Refusal.ofFields(problems));
				}
				store(before, after, resolutions, rescheduling.by(), now);
				return Outcome.accepted(new Rescheduled(before, after));
			});
	}

	private void store(Assembly before, Assembly after, List<Resolution> resolutions, String by, Instant now) {
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
		ResolutionLog.ASSEMBLY_RESCHEDULED.log(before.id(), after.startsAt(), after.submissionDeadline(),
				after.votingOpensAt(), by);
	}

	/**
	 * An assembly to move.
	 *
	 * @param id the assembly
	 * @param values the checked values of the {@code assembly} form; an empty
	 * {@code noticeGivenOn} keeps the day notice was given
	 * @param by who moves it
	 */
	public record Rescheduling(UUID id, Map<String, Object> values, String by) {

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
