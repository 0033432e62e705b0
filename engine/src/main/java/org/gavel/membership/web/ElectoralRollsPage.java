package org.gavel.membership.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.membership.Electorates;
import org.gavel.membership.ReadingElectoralRolls;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.TakingElectoralRoll.TakeElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.system.Outcome;

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
 * The secretariat's pages for electoral rolls: the list, a form to take a new one, and
 * each roll with who is on it, who is not and what changed.
 */
@Controller
class ElectoralRollsPage {

	private final TakingElectoralRoll taking;

	private final ReadingElectoralRolls reading;

	private final Electorates electorates;

	ElectoralRollsPage(TakingElectoralRoll taking, ReadingElectoralRolls reading, Electorates electorates) {
		this.taking = taking;
		this.reading = reading;
		this.electorates = electorates;
	}

	@GetMapping("/membership/rolls")
	String list(Model model) {
		model.addAttribute("rolls",
				this.reading.list().stream().map((roll) -> RollView.Summary.of(roll, this.electorates)).toList());
		List<Map<String, String>> choices = new ArrayList<>();
		for (String builtIn : List.of(Electorate.GENERAL_ASSEMBLY.name(), Electorate.EXECUTIVE_COMMITTEE.name())) {
			choices.add(Map.of("value", builtIn, "title", this.electorates.title(builtIn)));
		}
		this.electorates.configured()
			.forEach((configured) -> choices.add(Map.of("value", configured.id(), "title", configured.title())));
		model.addAttribute("electorates", choices);
		return "rolls";
	}

	@PostMapping("/membership/rolls")
	String take(@RequestParam(defaultValue = "") String electorate, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Outcome<Electorates.Chosen> chosen = this.electorates.resolve(electorate);
		if (!chosen.isAccepted()) {
			model.addAttribute("error", "Choose the electorate whose roll to take.");
			return list(model);
		}
		return this.taking.take(TakeElectoralRoll.of(chosen.orElseThrow(), null, authentication.getName()))
			.fold((taken) -> {
				redirect.addFlashAttribute("notice", "The roll is taken and frozen as it stands now; it is below.");
				return "redirect:/membership/rolls/" + taken.roll().id();
			}, (refused) -> {
				model.addAttribute("error", refused.reason());
				return list(model);
			});
	}

	@GetMapping("/membership/rolls/{id}")
	String read(@PathVariable UUID id, Model model) {
		ReadingElectoralRolls.RollWithChanges found = this.reading.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("roll", RollView.of(found.roll(), found.changes(), this.electorates));
		return "roll";
	}

}
