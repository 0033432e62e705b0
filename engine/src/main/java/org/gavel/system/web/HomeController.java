package org.gavel.system.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.gavel.system.Dates;
import org.gavel.system.Waiting;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's front page.
 */
@Controller
class HomeController {

	private final String version;

	private final List<Waiting> waiting;

	private final Clock clock;

	HomeController(ObjectProvider<BuildProperties> build, List<Waiting> waiting, Clock clock) {
		this.waiting = waiting;
		this.clock = clock;
		BuildProperties properties = build.getIfAvailable();
		this.version = (properties != null) ? properties.getVersion() : "development";
	}

	@GetMapping("/")
	String home(Model model, Authentication person) {
		model.addAttribute("version", this.version);
		if (person != null && person.isAuthenticated() && !(person instanceof AnonymousAuthenticationToken)) {
			model.addAttribute("waiting", this.waiting.stream()
				.flatMap((source) -> source.waitingFor(person).stream())
				.sorted(Comparator.comparing(Waiting.Item::due, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList());
			model.addAttribute("now", this.clock.instant());
			model.addAttribute("dates", new Dates());
		}
		return "home";
	}

}
