package org.gavel.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One explicit rule for every path Gavel serves; whatever is not listed is denied.
 *
 * <p>
 * The Camunda webapps ({@code /camunda}) and the engine REST API ({@code /engine-rest})
 * are served by their own servlets and authenticate against the engine's identity service
 * themselves: the webapps with their login page and session (and their own CSRF
 * protection), the REST API through {@code ProcessEngineAuthenticationFilter} (see
 * {@link org.gavel.system.engine.EngineRestConfiguration}). Spring Security therefore
 * lets those requests through to them, and leaves their CSRF handling to Camunda.
 *
 * <p>
 * Under {@code /api} a missing or refused login is answered with
 * {@code application/problem+json} (401 or 403); elsewhere a browser is sent to the
 * login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The writes of {@link #directoryOwnedIdentities()}: refused to everyone, signed in
	 * or not, with 403 and the reason.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain directoryOwnsIdentities(HttpSecurity http) throws Exception {
		return http.securityMatcher(new OrRequestMatcher(directoryOwnedIdentities()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().denyAll())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> refuseIdentityWrite(request, response))
				.accessDeniedHandler((request, response, ex) -> refuseIdentityWrite(request, response)))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain gavelSecurity(HttpSecurity http, SignIn signIn,
			@Value("${management.server.port:-1}") int managementPort) throws Exception {
		RequestMatcher camundaWebapps = path("/camunda/**");
		RequestMatcher engineRest = path("/engine-rest/**");
		RequestMatcher api = path("/api/**");
		AuthorizationManager<RequestAuthorizationContext> engineApps = signIn.coversEngineApps()
				? AuthenticatedAuthorizationManager.authenticated()
				: (authentication, request) -> new AuthorizationDecision(true);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(path(HttpMethod.GET, "/"), path(HttpMethod.GET, "/assets/**"),
					path(HttpMethod.GET, "/favicon.ico"), path("/error"), path("/login"), path("/oauth2/**"),
					path("/login/oauth2/**"), path(HttpMethod.GET, "/v3/api-docs"),
					path(HttpMethod.GET, "/v3/api-docs/**"))
			.permitAll()
			.requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class))
			.access(metrics(managementPort))
			.requestMatchers(camundaWebapps, engineRest)
			.access(engineApps)
			// A stored file: any signed-in person may ask; ReadingAttachments answers 404
			// unless they uploaded it, are of the secretariat or its record lets them
			// read it.
			.requestMatchers(path(HttpMethod.GET, "/attachments/*"))
			.authenticated()
			// Grievances are filed and followed without an account: the follow-up pages
			// answer only the case opened in this session with its token.
			.requestMatchers(path(HttpMethod.GET, "/grievances/desk"), path(HttpMethod.GET, "/grievances/desk/*"),
					path(HttpMethod.POST, "/grievances/desk/*/steps/*"),
					path(HttpMethod.POST, "/grievances/desk/*/actions/*"),
					path(HttpMethod.POST, "/grievances/desk/*/lift-suspension"),
					path(HttpMethod.GET, "/grievances/desk/*/acknowledgement"),
					path(HttpMethod.GET, "/grievances/desk/*/acknowledgement.pdf"),
					path(HttpMethod.GET, "/grievances/desk/*/decision"),
					path(HttpMethod.GET, "/grievances/desk/*/decision.pdf"),
					path(HttpMethod.POST, "/grievances/desk/*/notes"),
					path(HttpMethod.POST, "/grievances/desk/*/requests"),
					path(HttpMethod.POST, "/grievances/desk/*/requests/*/withdraw"),
					path(HttpMethod.POST, "/grievances/desk/*/evidence/*"))
			.access(RoleRule.only("SECRETARIAT"))
			// The complaints panel's workspace: which case a member may open (one they
			// sit on, first or on appeal, or one whose panel is being formed)
			// ReadingGrievances decides, else 404; the investigation's forms are for the
			// members who sit on it, else 404.
			.requestMatchers(path(HttpMethod.GET, "/grievances/panel"), path(HttpMethod.GET, "/grievances/panel/*"),
					path(HttpMethod.POST, "/grievances/panel/*/conflict"),
					path(HttpMethod.POST, "/grievances/panel/*/decision"),
					path(HttpMethod.POST, "/grievances/panel/*/appeal-decision"),
					path(HttpMethod.POST, "/grievances/panel/*/measures"),
					path(HttpMethod.POST, "/grievances/panel/*/measures/*/lift"),
					path(HttpMethod.POST, "/grievances/panel/*/notes"),
					path(HttpMethod.POST, "/grievances/panel/*/requests"),
					path(HttpMethod.POST, "/grievances/panel/*/requests/*/withdraw"))
			.access(RoleRule.only("GRIEVANCE_PANEL"))
			// The respondent's reply page: any signed-in person may ask; only the
			// representatives of a case's respondent get it, others 404. The evidence
			// there is only what the secretariat shared with the respondent, checked
			// file by file against the case.
			.requestMatchers(path(HttpMethod.GET, "/grievances/respond"), path(HttpMethod.GET, "/grievances/respond/*"),
					path(HttpMethod.POST, "/grievances/respond/*/reply"),
					path(HttpMethod.POST, "/grievances/respond/*/appeal"),
					path(HttpMethod.GET, "/grievances/respond/*/decision"),
					path(HttpMethod.GET, "/grievances/respond/*/decision.pdf"),
					path(HttpMethod.POST, "/grievances/respond/*/answer"),
					path(HttpMethod.GET, "/grievances/respond/*/evidence/*"))
			.authenticated()
			.requestMatchers(path(HttpMethod.GET, "/grievances"), path(HttpMethod.GET, "/grievances/new"),
					path(HttpMethod.GET, "/grievances/register"), path(HttpMethod.POST, "/grievances"),
					path(HttpMethod.GET, "/grievances/filed"), path(HttpMethod.GET, "/grievances/follow-up"),
					path(HttpMethod.POST, "/grievances/follow-up"), path(HttpMethod.GET, "/grievances/case"),
					path(HttpMethod.POST, "/grievances/case/*"), path(HttpMethod.POST, "/grievances/case/answer"),
					path(HttpMethod.GET, "/grievances/case/acknowledgement"),
					path(HttpMethod.GET, "/grievances/case/acknowledgement.pdf"),
					path(HttpMethod.GET, "/grievances/case/decision"),
					path(HttpMethod.GET, "/grievances/case/decision.pdf"))
			.permitAll()
			// Calls for proposals are public; asking a question and applying take an
			// applicant's or a member's account. A proposal is read by its applicant and
			// the secretariat only (ReadingCalls: another's is not found).
			// A call's templates: OfferingTemplates serves a published call's to anyone
			// and
			// a draft's to those who read the RFP, else 404.
			.requestMatchers(path(HttpMethod.GET, "/calls"), path(HttpMethod.GET, "/calls/*"),
					path(HttpMethod.GET, "/calls/*/templates/*"))
			.permitAll()
			.requestMatchers(path(HttpMethod.POST, "/calls/*/questions"), path(HttpMethod.GET, "/calls/*/apply"),
					path(HttpMethod.POST, "/calls/*/proposals"), path(HttpMethod.GET, "/proposals"),
					path(HttpMethod.POST, "/proposals/*"), path(HttpMethod.POST, "/proposals/*/files/*"),
					path(HttpMethod.POST, "/proposals/*/submit"), path(HttpMethod.POST, "/proposals/*/withdraw"))
			.access(RoleRule.only("APPLICANT", "MEMBER"))
			.requestMatchers(path(HttpMethod.GET, "/proposals/*"), path(HttpMethod.GET, "/proposals/*/letter"),
					path(HttpMethod.GET, "/proposals/*/letter.pdf"))
			.access(RoleRule.only("APPLICANT", "MEMBER", "SECRETARIAT"))
			// After the award: a funding member's people pledge on matched grants; a
			// project is read by its grantee and the secretariat only (ReadingCalls:
			// another's is not found), who agrees the milestones and reviews the reports.
			.requestMatchers(path(HttpMethod.GET, "/funding"), path(HttpMethod.POST, "/funding/*/pledge"))
			.access(RoleRule.only("MEMBER"))
			.requestMatchers(path(HttpMethod.GET, "/projects"), path(HttpMethod.GET, "/projects/*"))
			.access(RoleRule.only("APPLICANT", "MEMBER", "SECRETARIAT"))
			.requestMatchers(path(HttpMethod.POST, "/projects/*/milestones/*/report"),
					path(HttpMethod.POST, "/projects/*/milestones/*/files"))
			.access(RoleRule.only("APPLICANT", "MEMBER"))
			.requestMatchers(path(HttpMethod.POST, "/projects/*/milestones"),
					path(HttpMethod.POST, "/projects/*/milestones/*/review"))
			.access(RoleRule.only("SECRETARIAT"))
			// An RFP is managed by the chair who drafted it and by the secretariat
			// (ReadingCalls: another chair's is not found).
			.requestMatchers(path(HttpMethod.GET, "/rfps/new"), path(HttpMethod.POST, "/rfps"), path("/rfps/*/revise"))
			.access(RoleRule.only("WG_CHAIR"))
			.requestMatchers(path(HttpMethod.POST, "/rfps/*/proposals/*/screening"),
					path(HttpMethod.POST, "/rfps/*/proposals/*/evaluators"))
			.access(RoleRule.only("SECRETARIAT"))
			// The evaluator's desk: a proposal's page answers 404 unless it is assigned
			// to
			// the evaluator (who declared no conflict with it).
			.requestMatchers(path(HttpMethod.GET, "/evaluate"), path(HttpMethod.GET, "/evaluate/*"),
					path(HttpMethod.POST, "/evaluate/*/conflict"), path(HttpMethod.POST, "/evaluate/*/scores"))
			.access(RoleRule.only("EVALUATOR"))
			.requestMatchers(path(HttpMethod.POST, "/rfps/*/ranking"), path(HttpMethod.POST, "/rfps/*/recommendation"))
			.access(RoleRule.only("WG_CHAIR"))
			// an EC seat reads the RFP it decides (without askers or proposals), and the
			// ranking with the recommendation it decides the award on
			.requestMatchers(path(HttpMethod.GET, "/rfps/*"), path(HttpMethod.GET, "/rfps/*/ranking"),
					path(HttpMethod.GET, "/rfps/*/evaluation-summary"),
					path(HttpMethod.GET, "/rfps/*/evaluation-summary.pdf"))
			.access(RoleRule.only("WG_CHAIR", "SECRETARIAT", "EC_MEMBER"))
			.requestMatchers(path(HttpMethod.GET, "/rfps"), path(HttpMethod.POST, "/rfps/*/questions/*/answer"),
					path(HttpMethod.POST, "/rfps/*/addenda"), path(HttpMethod.POST, "/rfps/*/templates/*"))
			.access(RoleRule.only("WG_CHAIR", "SECRETARIAT"))
			.requestMatchers(path(HttpMethod.GET, "/me"), path(HttpMethod.GET, "/api/me"),
					path(HttpMethod.GET, "/api/me/rights/*"))
			.authenticated()
			.requestMatchers(path(HttpMethod.GET, "/outbox"), path(HttpMethod.GET, "/outbox/*"),
					path(HttpMethod.GET, "/outbox/*/body"), path(HttpMethod.POST, "/outbox/*/retry"))
			.access(RoleRule.only("SECRETARIAT"))
			.requestMatchers(path("/membership/rolls/**"), path("/membership/sign-in-locks/**"),
					path(HttpMethod.GET, "/membership/api-tokens"), path(HttpMethod.POST, "/membership/api-tokens"),
					path(HttpMethod.POST, "/membership/api-tokens/*/revoke"), path("/api/electoral-rolls/**"))
			.access(RoleRule.only("SECRETARIAT"))
			.requestMatchers(path(HttpMethod.GET, "/api/ballots/*/receipts/*"),
					path(HttpMethod.GET, "/ballots/*/receipt"))
			.permitAll()
			.requestMatchers(path(HttpMethod.POST, "/api/meetings"), path(HttpMethod.PUT, "/api/meetings/*/attendance"),
					path(HttpMethod.GET, "/meetings/new"), path(HttpMethod.POST, "/meetings"),
					path(HttpMethod.POST, "/meetings/*/attendance"))
			.access(RoleRule.only("SECRETARIAT"))
			.requestMatchers(path(HttpMethod.GET, "/api/meetings"), path(HttpMethod.GET, "/api/meetings/*"),
					path(HttpMethod.GET, "/meetings"), path(HttpMethod.GET, "/meetings/*"))
			.access(RoleRule.only("SECRETARIAT", "SCRUTINEER"))
			.requestMatchers(path(HttpMethod.GET, "/api/ballots/*/audit"),
					path(HttpMethod.GET, "/api/ballots/*/audit.csv"), path(HttpMethod.GET, "/api/ballots/*/result.csv"))
			.access(RoleRule.only("SECRETARIAT", "SCRUTINEER"))
			.requestMatchers(path(HttpMethod.POST, "/api/ballots"), path(HttpMethod.POST, "/api/ballots/*/close"),
					path(HttpMethod.POST, "/api/ballots/*/in-room-tallies"),
					path(HttpMethod.POST, "/api/ballots/*/paper-ballots"),
					path(HttpMethod.POST, "/ballots/*/paper-ballot"), path(HttpMethod.POST, "/ballots/*/in-room"),
					path(HttpMethod.POST, "/ballots/*/close"), path(HttpMethod.POST, "/ballots/*/remind"))
			.access(RoleRule.only("SECRETARIAT"))
			.requestMatchers(path(HttpMethod.POST, "/api/ballots/*/sign-off"),
					path(HttpMethod.POST, "/ballots/*/sign-off"))
			.access(RoleRule.only("SCRUTINEER"))
			// a complaints panel without consensus votes on the ballot pages; the pages
			// show such a member only the ballots whose roll they are on
			// the ballot desk: the secretariat creates stand-alone ballots
			.requestMatchers(path(HttpMethod.GET, "/ballots/new"), path(HttpMethod.POST, "/ballots"))
			.access(RoleRule.only("SECRETARIAT"))
			.requestMatchers(path(HttpMethod.GET, "/ballots"), path(HttpMethod.GET, "/ballots/*"))
			.access(RoleRule.only("MEMBER", "EC_MEMBER", "SECRETARIAT", "SCRUTINEER", "GRIEVANCE_PANEL"))
			.requestMatchers(path(HttpMethod.POST, "/ballots/*/confirm"), path(HttpMethod.POST, "/ballots/*/vote"),
					path(HttpMethod.GET, "/ballots/*/voted"))
			.access(RoleRule.only("MEMBER", "EC_MEMBER", "SECRETARIAT", "GRIEVANCE_PANEL"))
			.requestMatchers(path(HttpMethod.GET, "/api/ballots"), path(HttpMethod.GET, "/api/ballots/*"),
					path(HttpMethod.GET, "/api/ballots/*/proxies"), path(HttpMethod.GET, "/ballots"),
					path(HttpMethod.GET, "/ballots/*"))
			.access(RoleRule.only("MEMBER", "EC_MEMBER", "SECRETARIAT", "SCRUTINEER"))
			.requestMatchers(path(HttpMethod.POST, "/api/ballots/*/votes"),
					path(HttpMethod.POST, "/api/ballots/*/proxies"),
					path(HttpMethod.DELETE, "/api/ballots/*/proxies/*"), path(HttpMethod.POST, "/ballots/*/confirm"),
					path(HttpMethod.POST, "/ballots/*/vote"), path(HttpMethod.POST, "/ballots/*/proxy"),
					path(HttpMethod.POST, "/ballots/*/proxy/withdraw"))
			.access(RoleRule.only("MEMBER", "EC_MEMBER", "SECRETARIAT"))
			.requestMatchers(path(HttpMethod.POST, "/approvals/*/review"),
					path(HttpMethod.POST, "/approvals/*/chair-decision"))
			.access(RoleRule.only("EC_MEMBER"))
			.requestMatchers(path(HttpMethod.POST, "/approvals/*/close-round"))
			.access(RoleRule.only("EC_MEMBER", "SECRETARIAT"))
			.requestMatchers(path(HttpMethod.GET, "/terms/new"), path(HttpMethod.POST, "/terms"),
					path("/terms/*/revise"))
			.access(RoleRule.only("WG_CHAIR"))
			.requestMatchers(path(HttpMethod.GET, "/approvals"), path(HttpMethod.GET, "/approvals/*"),
					path(HttpMethod.POST, "/approvals/*/revision"), path(HttpMethod.GET, "/terms"),
					path(HttpMethod.GET, "/terms/*"))
			.access(RoleRule.only("MEMBER", "EC_MEMBER", "WG_CHAIR", "SECRETARIAT"))
			.requestMatchers(path(HttpMethod.GET, "/assemblies/new"), path(HttpMethod.POST, "/assemblies"),
					path(HttpMethod.GET, "/assemblies/*/edit"), path(HttpMethod.POST, "/assemblies/*"),
					path(HttpMethod.POST, "/assemblies/*/booklet"), path(HttpMethod.POST, "/resolutions/*/review"),
					path(HttpMethod.POST, "/resolutions/*/implementation"))
			.access(RoleRule.only("SECRETARIAT"))
			.requestMatchers(path(HttpMethod.POST, "/resolutions/*/ec-position"))
			.access(RoleRule.only("EC_MEMBER", "SECRETARIAT"))
			.requestMatchers(path(HttpMethod.GET, "/assemblies/*/resolutions/new"),
					path(HttpMethod.POST, "/assemblies/*/resolutions"), path(HttpMethod.POST, "/resolutions/*/endorse"),
					path(HttpMethod.POST, "/resolutions/*/submit"), path(HttpMethod.POST, "/resolutions/*/invitations"),
					path(HttpMethod.POST, "/resolutions/*/revise"), path(HttpMethod.POST, "/resolutions/*/comments"))
			.access(RoleRule.only("MEMBER"))
			.requestMatchers(path(HttpMethod.GET, "/assemblies"), path(HttpMethod.GET, "/assemblies/*"),
					path(HttpMethod.GET, "/assemblies/*/booklet"), path(HttpMethod.GET, "/assemblies/*/booklet.pdf"),
					path(HttpMethod.GET, "/resolutions/*"), path(HttpMethod.GET, "/resolutions/*/certificate"),
					path(HttpMethod.GET, "/resolutions/*/certificate.pdf"), path(HttpMethod.GET, "/register"))
			.access(RoleRule.only("MEMBER", "EC_MEMBER", "SECRETARIAT"))
			.anyRequest()
			.access(RoleRule.nothingHere()));
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(camundaWebapps, engineRest,
				SecurityConfiguration::hasBearerToken));
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(
					(request, response, ex) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED), api)
			.accessDeniedHandler(SecurityConfiguration::denied));
		http.logout((logout) -> logout.logoutSuccessUrl("/?signed-out"));
		// A mail's body is framed by its outbox page, and by nothing else; every other
		// response is never framed.
		RequestMatcher framedByTheOutbox = path(HttpMethod.GET, "/outbox/*/body");
		http.headers((headers) -> headers.frameOptions((frames) -> frames.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(framedByTheOutbox),
					new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(framedByTheOutbox,
					new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(camundaWebapps),
					new ContentSecurityPolicyHeaderWriter(portalPolicy(signIn))))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		signIn.configure(http);
		return http.build();
	}

	/**
	 * Writes to the engine's users, groups, tenants and passwords, through the engine
	 * REST API, the webapps' API and the webapps' first-user set-up: the membership
	 * directory (Keycloak, or the realm file) owns people and passwords, so the engine's
	 * copy is never changed from outside, by anyone.
	 */
	private static RequestMatcher[] directoryOwnedIdentities() {
		List<RequestMatcher> matchers = new ArrayList<>();
		for (String api : List.of("/engine-rest", "/engine-rest/engine/*", "/camunda/api/engine/engine/*")) {
			for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
				for (String resource : List.of("/user/**", "/group/**", "/tenant/**")) {
					matchers.add(path(method, api + resource));
				}
			}
			matchers.add(path(HttpMethod.POST, api + "/identity/verify"));
		}
		matchers.add(path("/camunda/api/admin/setup/**"));
		return matchers.toArray(RequestMatcher[]::new);
	}

	private static void refuseIdentityWrite(HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ErrorDetail.set(request, "People, groups and passwords belong to the membership directory "
				+ "(Keycloak, or the realm file); change them there, not in the process engine.");
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	/**
	 * Metrics for Prometheus: open on the management port
	 * ({@code MANAGEMENT_SERVER_PORT}, which only the monitoring network should reach),
	 * for the secretariat elsewhere.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> metrics(int managementPort) {
		AuthorizationManager<RequestAuthorizationContext> secretariat = RoleRule.only("SECRETARIAT");
		return (authentication,
				context) -> (managementPort > 0 && context.getRequest().getLocalPort() == managementPort)
						? new AuthorizationDecision(true) : secretariat.check(authentication, context);
	}

	/**
	 * The portal's content security policy: its own styles and nothing inline (the
	 * Camunda webapps send their own policy; a document page sends a stricter one), no
	 * script, no framing; forms post to the portal, or to the identity provider for
	 * signing out.
	 */
	static String portalPolicy(SignIn signIn) {
		String forms = String.join(" ", signIn.formTargets());
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
				+ (forms.isEmpty() ? "" : " " + forms);
	}

	/**
	 * A request that carries its own credentials (a Keycloak access token, or a personal
	 * API token) cannot be forged cross-site.
	 */
	private static boolean hasBearerToken(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			ErrorDetail.set(request,
					"The form or session has expired (missing or invalid CSRF token). Reload the page and try again.");
		}
		response.sendError(
				ErrorDetail.isNotFound(request) ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN);
	}

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
		return new SpringAuthorizationEventPublisher(events);
	}

	static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	static RequestMatcher path(HttpMethod method, String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
	}

}
