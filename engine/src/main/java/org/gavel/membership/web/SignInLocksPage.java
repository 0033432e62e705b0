package org.gavel.membership.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.gavel.membership.SignInThrottle;
import org.gavel.system.SignIn;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's view of the sign-in locks in force, with a button to lift each.
 */
@Controller
class SignInLocksPage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'");

	private final SignInThrottle throttle;

	private final SignIn signIn;

	SignInLocksPage(SignInThrottle throttle, SignIn signIn) {
		this.throttle = throttle;
		this.signIn = signIn;
	}

	@GetMapping("/membership/sign-in-locks")
	String locks(@RequestParam(required = false) Integer lifted, Model model) {
		List<Map<String, String>> locks = this.throttle.locks()
			.stream()
			.map((lock) -> Map.of("account", (lock.account() != null) ? lock.account() : "", "address",
					(lock.address() != null) ? lock.address() : "", "until",
					TIME.format(lock.until().atZone(ZoneOffset.UTC))))
			.toList();
		model.addAttribute("locks", locks);
		model.addAttribute("lifted", lifted);
		model.addAttribute("keycloak", this.signIn.coversEngineApps());
		return "sign-in-locks";
	}

	@PostMapping("/membership/sign-in-locks/lift")
	String lift(@RequestParam(defaultValue = "") String account, @RequestParam(defaultValue = "") String address,
			Authentication authentication) {
		int lifted = this.throttle.lift(account.isBlank() ? null : account, address.isBlank() ? null : address,
				authentication.getName());
		return "redirect:/membership/sign-in-locks?lifted=" + lifted;
	}

}
