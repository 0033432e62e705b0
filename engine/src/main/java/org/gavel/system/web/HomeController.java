package org.gavel.system.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's front page.
 */
@Controller
class HomeController {

	private final String version;

	HomeController(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		this.version = (properties != null) ? properties.getVersion() : "development";
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("version", this.version);
		return "home";
	}

}
