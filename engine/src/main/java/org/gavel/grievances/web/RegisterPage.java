package org.gavel.grievances.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gavel.forms.FormField;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.ReadingGrievances;
import org.gavel.grievances.Respondents;
import org.gavel.grievances.model.Stage;
import org.gavel.system.Dates;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public register of grievances ({@code /grievances/register}), for anyone: each
 * case's number, respondent, category, stage and filing date, filtered by respondent,
 * stage and year. Nothing of a complainant is ever on it.
 */
@Controller
class RegisterPage {

	private final ReadingGrievances reading;

	private final Respondents respondents;

	private final GrievanceSettings settings;

	RegisterPage(ReadingGrievances reading, Respondents respondents, GrievanceSettings settings) {
		this.reading = reading;
		this.respondents = respondents;
		this.settings = settings;
	}

	@GetMapping("/grievances/register")
	String register(@RequestParam(defaultValue = "") String respondent, @RequestParam(defaultValue = "") String stage,
			@RequestParam(defaultValue = "") String year, Model model) {
		List<FormField.Option> respondents = this.respondents.choices();
		String chosenRespondent = respondents.stream()
			.map(FormField.Option::value)
			.filter(respondent::equals)
			.findFirst()
			.orElse(null);
		Stage chosenStage = Arrays.stream(Stage.values())
			.filter((s) -> s.name().equals(stage))
			.findFirst()
			.orElse(null);
		List<Integer> years = this.reading.registerYears();
		Integer chosenYear = year(year).filter(years::contains).orElse(null);
		model.addAttribute("entries",
				this.reading.register(chosenRespondent, chosenStage, chosenYear)
					.stream()
					.map((entry) -> new Row(entry,
							Dates.at(entry.filedAt(), this.settings.timeZone()).replaceAll(", \\d\\d:\\d\\d.*$", "")))
					.toList());
		model.addAttribute("respondents", respondents);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("years", years);
		model.addAttribute("respondent", (chosenRespondent != null) ? chosenRespondent : "");
		model.addAttribute("stage", (chosenStage != null) ? chosenStage.name() : "");
		model.addAttribute("year", (chosenYear != null) ? chosenYear.toString() : "");
		return "grievance-register";
	}

	private static Optional<Integer> year(String text) {
		try {
			return text.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A line of the register.
	 *
	 * @param entry the case
	 * @param filedOn the day it was filed, in the secretariat's zone
	 */
	public record Row(ReadingGrievances.RegisterEntry entry, String filedOn) {

	}

}
