package org.gavel.resolutions;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat publishes an assembly's booklet once every resolution is decided and at
 * least one admitted ({@code GA-008}); each admitted resolution then goes on to
 * discussion (see {@code ResolutionProcesses#publishBooklet}).
 */
@Service
public class PublishingBooklet {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final Clock clock;

	PublishingBooklet(Assemblies assemblies, Resolutions resolutions, Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.clock = clock;
	}

	/**
	 * Publishes the booklet.
	 * @param publication which assembly's, and who publishes it: the secretariat
	 * @return the admitted resolutions it holds, or why it cannot be published now
	 */
	@Transactional
	public Outcome<List<UUID>> publish(Publication publication) {
		UUID id = publication.assembly();
		String by = publication.by();
		Assembly assembly = this.assemblies.find(id).orElse(null);
		if (assembly == null) {
			return Outcome.refused("There is no assembly " + id + ".");
		}
		if (assembly.bookletPublishedAt() != null) {
			return Outcome.refused(
					"The booklet was published on " + Dates.at(assembly.bookletPublishedAt(), assembly.zone()) + ".");
		}
		List<Resolution> all = this.resolutions.of(id);
		List<String> undecided = all.stream()
			.filter((r) -> r.status().undecided())
			.map((r) -> "\"" + r.title() + "\" (" + r.status().label() + ")")
			.toList();
		if (!undecided.isEmpty()) {
			return Outcome.refused("These resolutions are not decided yet: " + String.join(", ", undecided)
					+ ". Admit or reject them first.");
		}
		List<UUID> admitted = all.stream()
			.filter((r) -> r.status() == ResolutionStatus.ADMITTED)
			.map(Resolution::id)
			.toList();
		if (admitted.isEmpty()) {
			return Outcome.refused("No resolution has been admitted: there is nothing to publish.");
		}
		if (!this.assemblies.bookletPublished(id, this.clock.instant())) {
			return Outcome.refused("The booklet has just been published by someone else.");
		}
		ResolutionLog.BOOKLET_PUBLISHED.log(id, by);
		return Outcome.accepted(admitted);
	}

	/**
	 * A booklet to publish.
	 *
	 * @param assembly the assembly
	 * @param by the secretariat
	 */
	public record Publication(UUID assembly, String by) {

	}

}
