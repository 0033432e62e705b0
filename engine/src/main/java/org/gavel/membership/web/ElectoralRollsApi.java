package org.gavel.membership.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.gavel.membership.Electorates;
import org.gavel.membership.ReadingElectoralRolls;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.TakingElectoralRoll.TakeElectoralRoll;
import org.gavel.system.web.JsonApi;
import org.gavel.system.web.Problems;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Electoral rolls for the secretariat: take one, list them, read one with its changes.
 */
@JsonApi("/api/electoral-rolls")
class ElectoralRollsApi {

	private final TakingElectoralRoll taking;

	private final ReadingElectoralRolls reading;

	private final Electorates electorates;

	ElectoralRollsApi(TakingElectoralRoll taking, ReadingElectoralRolls reading, Electorates electorates) {
		this.taking = taking;
		this.reading = reading;
		this.electorates = electorates;
	}

	/**
	 * Takes and freezes an electoral roll from the directory as it is now: one designated
	 * voter per ordinary member organisation in good standing (General Assembly), the
	 * holders of the Executive Committee's seats, or the members of an electorate defined
	 * in configuration (gavel.membership.electorates); with what changed since the
	 * previous roll of the electorate. For the secretariat.
	 * @param request which electorate, as of when
	 * @param authentication who takes it
	 * @return the roll with its entries, notes and changes
	 */
	@ApiResponses({ @ApiResponse(responseCode = "201", description = "Taken; Location names the roll"), @ApiResponse(
			responseCode = "400",
			description = "No such electorate, a cut-off in the future, or an unknown field; type urn:gavel:problem:invalid-fields") })
	@PostMapping
	ResponseEntity<?> take(@Valid @RequestBody TakeRequest request, Authentication authentication) {
		return this.electorates.resolve(request.electorate())
			.then((chosen) -> this.taking
				.take(TakeElectoralRoll.of(chosen, request.cutOff(), authentication.getName())))
			.<ResponseEntity<?>>fold(
					(taken) -> ResponseEntity.created(URI.create("/api/electoral-rolls/" + taken.roll().id()))
						.body(RollView.of(taken.roll(), taken.diff(), this.electorates)),
					Problems::refused);
	}

	/**
	 * The rolls taken, the newest first. For the secretariat.
	 * @return each roll's electorate, cut-off and size
	 */
	@GetMapping
	List<RollView.Summary> list() {
		return this.reading.list().stream().map((roll) -> RollView.Summary.of(roll, this.electorates)).toList();
	}

	/**
	 * One roll with its entries, the notes on who was left out and why, and the changes
	 * since the previous roll. For the secretariat.
	 * @param id the roll
	 * @return the roll
	 */
	@ApiResponses({ @ApiResponse(responseCode = "200", description = "The roll"),
			@ApiResponse(responseCode = "404", description = "No such roll") })
	@GetMapping("/{id}")
	ResponseEntity<RollView> read(@PathVariable UUID id) {
		return ResponseEntity
			.of(this.reading.find(id).map((found) -> RollView.of(found.roll(), found.changes(), this.electorates)));
	}

	/**
	 * Take a roll.
	 *
	 * @param electorate GENERAL_ASSEMBLY, EXECUTIVE_COMMITTEE, or the identifier of an
	 * electorate defined in configuration (gavel.membership.electorates), e.g.
	 * smallholder-chamber
	 * @param cutOff optional ISO-8601 instant, not in the future; now when absent
	 */
	record TakeRequest(@NotBlank(message = "is required") String electorate, Instant cutOff) {

	}

}
