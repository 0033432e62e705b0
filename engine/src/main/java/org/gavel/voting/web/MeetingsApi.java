package org.gavel.voting.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gavel.system.Dates;
import org.gavel.system.web.JsonApi;
import org.gavel.system.web.Problems;
import org.gavel.voting.HoldingMeetings;
import org.gavel.voting.model.Attendance;
import org.gavel.voting.model.Meeting;
import org.gavel.voting.persistence.Meetings;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Meetings over JSON: the secretariat sets one up, opens ballots in it
 * ({@code meetingId}), and records its attendance register.
 */
@JsonApi("/api/meetings")
class MeetingsApi {

	private final HoldingMeetings meetings;

	MeetingsApi(HoldingMeetings meetings) {
		this.meetings = meetings;
	}

	/**
	 * Sets a meeting up, for ballots to be opened in it. For the secretariat.
	 * @param request its title and time
	 * @param authentication who sets it up
	 * @return the meeting
	 */
	@ApiResponses({ @ApiResponse(responseCode = "201", description = "Set up; Location names the meeting"),
			@ApiResponse(responseCode = "400",
					description = "A field is wrong; type urn:gavel:problem:invalid-fields") })
	@PostMapping
	ResponseEntity<?> create(@Valid @RequestBody CreateRequest request, Authentication authentication) {
		return Dates.zone("timeZone", request.timeZone())
			.then((zone) -> this.meetings.create(new HoldingMeetings.CreateMeeting(request.title(), request.heldAt(),
					zone, authentication.getName())))
			.<ResponseEntity<?>>fold((meeting) -> ResponseEntity.created(URI.create("/api/meetings/" + meeting.id()))
				.body(view(meeting)), Problems::refused);
	}

	/**
	 * The meetings, the latest first. For the secretariat and scrutineers.
	 * @return the meetings
	 */
	@GetMapping
	List<Meeting> list() {
		return this.meetings.all();
	}

	/**
	 * A meeting with its attendance register and its ballots. For the secretariat and
	 * scrutineers.
	 * @param id the meeting
	 * @return the meeting
	 */
	@ApiResponses({ @ApiResponse(responseCode = "200", description = "The meeting"),
			@ApiResponse(responseCode = "404",
					description = "No such meeting; type urn:gavel:problem:no-such-meeting") })
	@GetMapping("/{id}")
	ResponseEntity<?> read(@PathVariable UUID id) {
		return this.meetings.find(id)
			.<ResponseEntity<?>>map((meeting) -> ResponseEntity.ok(view(meeting)))
			.orElseGet(() -> noSuchMeeting(id));
	}

	/**
	 * Records the meeting's attendance register, replacing the one recorded before: each
	 * place present in the room or represented by a proxy (a place not listed is absent),
	 * by the organisation's identifier where places are organisations', else the person's
	 * username. Refused once a ballot of the meeting is counted: the register it was
	 * counted with stands. For the secretariat.
	 * @param id the meeting
	 * @param request the register
	 * @param authentication who records it
	 * @return the register as stored
	 */
	@ApiResponses({ @ApiResponse(responseCode = "200", description = "Recorded"), @ApiResponse(responseCode = "400",
			description = "A line is wrong (a place twice, a missing place or presence); type urn:gavel:problem:invalid-fields"),
			@ApiResponse(responseCode = "404", description = "No such meeting; type urn:gavel:problem:no-such-meeting"),
			@ApiResponse(responseCode = "409",
					description = "A ballot of the meeting is counted: the register is closed; type urn:gavel:problem:refused") })
	@PutMapping("/{id}/attendance")
	ResponseEntity<?> record(@PathVariable UUID id, @Valid @RequestBody AttendanceRequest request,
			Authentication authentication) {
		if (this.meetings.find(id).isEmpty()) {
			return noSuchMeeting(id);
		}
		List<Attendance> register = request.attendance()
			.stream()
			.map((line) -> new Attendance(line.place(), line.presence(), line.representedBy()))
			.toList();
		return this.meetings.record(new HoldingMeetings.RecordAttendance(id, register, authentication.getName()))
			.<ResponseEntity<?>>fold(ResponseEntity::ok, Problems::refused);
	}

	private MeetingView view(Meeting meeting) {
		return new MeetingView(meeting, this.meetings.register(meeting.id()), this.meetings.ballots(meeting.id()));
	}

	private static ResponseEntity<ProblemDetail> noSuchMeeting(UUID id) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.typed(
					ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no meeting " + id + "."),
					"no-such-meeting"));
	}

	/**
	 * Set a meeting up.
	 *
	 * @param title what it is called, e.g. Annual General Assembly 2027
	 * @param heldAt when it meets (ISO-8601 instant)
	 * @param timeZone the zone it is shown in, e.g. Asia/Singapore
	 */
	record CreateRequest(
			@NotBlank(message = "is required") @Size(max = 500, message = "is longer than 500 characters") String title,
			@NotNull(message = "is required") Instant heldAt, @NotBlank(message = "is required") String timeZone) {

	}

	/**
	 * An attendance register.
	 *
	 * @param attendance each place present or represented
	 */
	record AttendanceRequest(@NotNull(message = "is required") List<@Valid Line> attendance) {

	}

	/**
	 * One place in the register.
	 *
	 * @param place the organisation's identifier, or the person's username
	 * @param presence PRESENT or REPRESENTED
	 * @param representedBy who holds the proxy, when represented
	 */
	record Line(@NotBlank(message = "is required") String place,
			@NotNull(message = "is required") Attendance.Presence presence, String representedBy) {

	}

	/**
	 * A meeting as the API shows it.
	 *
	 * @param meeting the meeting
	 * @param attendance its register
	 * @param ballots the ballots voted in it
	 */
	record MeetingView(Meeting meeting, List<Attendance> attendance, List<Meetings.BallotOfMeeting> ballots) {

	}

}
