package org.gavel.voting.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.forms.FormDefinition;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.membership.ReadingElectoralRolls;
import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.membership.model.RollEntry;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.voting.HoldingMeetings;
import org.gavel.voting.model.Attendance;
import org.gavel.voting.model.Meeting;
import org.gavel.voting.persistence.Meetings;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's meetings (form {@code meeting}) and each one's attendance register: a
 * row per place on the rolls of the meeting's ballots (or, before any, on the latest
 * General Assembly roll), absent, present or represented by a proxy. The register is
 * frozen once a ballot of the meeting is counted.
 */
@Controller
class MeetingPages {

	private final HoldingMeetings meetings;

	private final ReadingElectoralRolls rolls;

	private final FormDefinitions forms;

	MeetingPages(HoldingMeetings meetings, ReadingElectoralRolls rolls, FormDefinitions forms) {
		this.meetings = meetings;
		this.rolls = rolls;
		this.forms = forms;
	}

	@GetMapping("/meetings")
	String list(Model model) {
		return page(model, Submission.showing(form(), Map.of()));
	}

	@PostMapping("/meetings")
	String create(@RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		Submission submission = form().check(input);
		if (!submission.valid()) {
			return page(model, submission);
		}
		Map<String, Object> values = submission.values();
		Outcome<ZoneId> zoned = Dates.zone("zone", (String) values.get("zone"));
		if (zoned instanceof Outcome.Refused<ZoneId> refused) {
			return page(model, submission.withRefusal(refused.refusal()).orElse(submission));
		}
		ZoneId zone = zoned.orElseThrow();
		LocalDateTime heldAt;
		try {
			heldAt = LocalDateTime.parse((String) values.get("heldAt"));
		}
		catch (DateTimeException ex) {
			return page(model,
					submission.withRefusal(Refusal.of("heldAt", "'" + values.get("heldAt") + "' is no such date"))
						.orElse(submission));
		}
		return this.meetings
			.create(new HoldingMeetings.CreateMeeting((String) values.get("title"), heldAt.atZone(zone).toInstant(),
					zone, user.getName()))
			.fold((meeting) -> {
				redirect.addFlashAttribute("notice", "The meeting is created; record its attendance register here.");
				return "redirect:/meetings/" + meeting.id();
			}, (refused) -> page(model, submission.withRefusal(refused).orElse(submission)));
	}

	@GetMapping("/meetings/{id}")
	String read(@PathVariable UUID id, Model model) {
		Meeting meeting = this.meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, Attendance> register = new LinkedHashMap<>();
		this.meetings.register(id).forEach((line) -> register.put(line.place(), line));
		List<Meetings.BallotOfMeeting> ballots = this.meetings.ballots(id);
		List<Row> rows = new ArrayList<>();
		for (Place place : places(ballots)) {
			Attendance line = register.get(place.key());
			rows.add(new Row(place.key(), place.name(), (line != null) ? line.presence().name() : "ABSENT",
					(line != null && line.representedBy() != null) ? line.representedBy() : ""));
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("heldAt", Dates.at(meeting.heldAt(), meeting.zone()));
		model.addAttribute("ballots", ballots);
		model.addAttribute("rows", rows);
		model.addAttribute("closed", ballots.stream().anyMatch(Meetings.BallotOfMeeting::counted));
		model.addAttribute("present", count(register, Attendance.Presence.PRESENT));
		model.addAttribute("represented", count(register, Attendance.Presence.REPRESENTED));
		return "meeting";
	}

	@PostMapping("/meetings/{id}/attendance")
	String record(@PathVariable UUID id, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		this.meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Attendance> register = new ArrayList<>();
		for (Place place : places(this.meetings.ballots(id))) {
			String presence = input.getOrDefault("presence." + place.key(), "ABSENT");
			String by = input.getOrDefault("by." + place.key(), "").strip();
			if (presence.equals("PRESENT") || presence.equals("REPRESENTED")) {
				register
					.add(new Attendance(place.key(), Attendance.Presence.valueOf(presence), by.isEmpty() ? null : by));
			}
		}
		return this.meetings.record(new HoldingMeetings.RecordAttendance(id, register, user.getName()))
			.fold((stored) -> {
				redirect.addFlashAttribute("notice",
						"The attendance register is recorded: " + stored.size() + " present or represented.");
				return "redirect:/meetings/" + id;
			}, (refused) -> {
				model.addAttribute("error", refused.reason());
				return read(id, model);
			});
	}

	/** The places of the meeting's rolls, or of the latest General Assembly roll. */
	private List<Place> places(List<Meetings.BallotOfMeeting> ballots) {
		List<ElectoralRoll> rolls = new ArrayList<>();
		ballots.forEach((ballot) -> this.rolls.find(ballot.rollId()).ifPresent((found) -> rolls.add(found.roll())));
		if (rolls.isEmpty()) {
			this.rolls.list()
				.stream()
				.filter((roll) -> roll.electorate() == Electorate.GENERAL_ASSEMBLY)
				.findFirst()
				.flatMap((latest) -> this.rolls.find(latest.id()))
				.ifPresent((found) -> rolls.add(found.roll()));
		}
		Map<String, Place> places = new LinkedHashMap<>();
		for (ElectoralRoll roll : rolls) {
			for (RollEntry entry : roll.entries()) {
				String key = (roll.placeOf(entry) != null) ? roll.placeOf(entry) : entry.voter();
				String name = (roll.placeOf(entry) != null) ? entry.organisationName() + " (" + entry.voterName() + ")"
						: entry.voterName();
				places.putIfAbsent(key, new Place(key, name));
			}
		}
		return List.copyOf(places.values());
	}

	private String page(Model model, Submission submission) {
		model.addAttribute("submission", submission);
		model.addAttribute("meetings",
				this.meetings.all()
					.stream()
					.map((meeting) -> Map.of("id", meeting.id().toString(), "title", meeting.title(), "heldAt",
							Dates.at(meeting.heldAt(), meeting.zone())))
					.toList());
		return "meetings";
	}

	private FormDefinition form() {
		return this.forms.get("meeting");
	}

	private static long count(Map<String, Attendance> register, Attendance.Presence presence) {
		return register.values().stream().filter((line) -> line.presence() == presence).count();
	}

	private record Place(String key, String name) {

	}

	/**
	 * A place in the register as the page shows it.
	 *
	 * @param key the place
	 * @param name the organisation and its voter, or the person
	 * @param presence ABSENT, PRESENT or REPRESENTED
	 * @param representedBy who holds the proxy
	 */
	public record Row(String key, String name, String presence, String representedBy) {

	}

}
