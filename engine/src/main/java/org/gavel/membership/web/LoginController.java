package org.gavel.membership.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.gavel.system.SignIn;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page of the embedded default; with Keycloak it sends the browser to
 * Keycloak's.
 */
@Controller
class LoginController {

	private final SignIn signIn;

	LoginController(SignIn signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (!"/login".equals(this.signIn.entryPoint())) {
			return "redirect:" + this.signIn.entryPoint();
		}
		HttpSession session = request.getSession(false);
		Object failure = (session != null && request.getParameter("error") != null)
				? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (failure instanceof AuthenticationException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		String locked = request.getParameter("locked");
		model.addAttribute("lockedMinutes",
				(locked != null && locked.matches("\\d{1,6}")) ? (Long.parseLong(locked) + 59) / 60 : null);
		return "login";
	}

}
