package org.gavel.membership.web;

import org.gavel.membership.MemberContexts;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "My membership": who Gavel takes the signed-in person to be, and what they may do.
 */
@Controller
class MeController {

	private final MemberContexts contexts;

	MeController(MemberContexts contexts) {
		this.contexts = contexts;
	}

	@GetMapping("/me")
	String page(Authentication authentication, Model model) {
		MeView me = MeView.of(this.contexts.of(authentication));
		model.addAttribute("me", me);
		return "me";
	}

	@GetMapping(path = "/api/me", produces = "application/json")
	@ResponseBody
	MeView api(Authentication authentication) {
		return MeView.of(this.contexts.of(authentication));
	}

}
