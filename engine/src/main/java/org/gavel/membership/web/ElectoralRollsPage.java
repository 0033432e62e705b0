package org.gavel.membership.web;

import java.util.Arrays;
import java.util.UUID;

import org.gavel.membership.ReadingElectoralRolls;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.TakingElectoralRoll.TakeElectoralRoll;
import org.gavel.membership.model.Electorate;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The secretariat's pages for electoral rolls: the list, a form to take a new one, and
 * each roll with who is on it, who is not and what changed.
 */
@Controller
class ElectoralRollsPage {

	private final TakingElectoralRoll taking;

	private final ReadingElectoralRolls reading;

	ElectoralRollsPage(TakingElectoralRoll taking, ReadingElectoralRolls reading) {
		this.taking = taking;
		this.reading = reading;
	}

	@GetMapping("/membership/rolls")
	String list(Model model) {
		model.addAttribute("rolls", this.reading.list().stream().map(RollView.Summary::of).toList());
		model.addAttribute("electorates",
				Arrays.stream(Electorate.values()).filter(Electorate::drawn).map(Enum::name).toList());
		return "rolls";
	}

	@PostMapping("/membership/rolls")
	String take(@RequestParam(defaultValue = "") String electorate, Authentication authentication, Model model) {
		Electorate chosen = Arrays.stream(Electorate.values())
			.filter((value) -> value.name().equals(electorate))
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			model.addAttribute("error", "Choose the electorate whose roll to take.");
			return list(model);
		}
		return this.taking.take(new TakeElectoralRoll(chosen, null, authentication.getName()))
			.fold((taken) -> "redirect:/membership/rolls/" + taken.roll().id(), (refused) -> {
				model.addAttribute("error", refused.reason());
				return list(model);
			});
	}

	@GetMapping("/membership/rolls/{id}")
	String read(@PathVariable UUID id, Model model) {
		ReadingElectoralRolls.RollWithChanges found = this.reading.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("roll", RollView.of(found.roll(), found.changes()));
		return "roll";
	}

}
