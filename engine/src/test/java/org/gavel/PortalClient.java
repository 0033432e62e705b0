package org.gavel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser-like client of the portal for integration tests: it keeps cookies, takes the
 * CSRF token from the pages it reads as a browser would, and does not follow redirects
 * (so tests see them).
 */
public final class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern KEYCLOAK_FORM = Pattern
		.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

	private static final Pattern KEYCLOAK_REGISTRATION = Pattern
		.compile("href=\"([^\"]*login-actions/registration[^\"]*)\"");

	private static final Pattern KEYCLOAK_REGISTER_FORM = Pattern
		.compile("<form[^>]*id=\"kc-register-form\"[^>]*action=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private final CookieManager cookies = new LocalhostIsSecure();

	private String csrf;

	/**
	 * A client signed in as a demo user (password {@code demo}).
	 * @param port the portal's port
	 * @param username the demo user
	 * @return the client, with its session
	 */
	public static PortalClient signedIn(int port, String username) {
		PortalClient client = new PortalClient(port);
		client.signIn(username, "demo");
		return client;
	}

	/**
	 * The {@code detail} of a {@code problem+json} answer.
	 * @param response the answer
	 * @return its detail, empty when there is none
	 */
	public static String detail(HttpResponse<String> response) {
		try {
			return new ObjectMapper().readTree(response.body()).path("detail").asText();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("not JSON: " + response.body(), ex);
		}
	}

	public PortalClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The session's cookie and CSRF token, for a load tool that sends requests as this
	 * client would.
	 * @return {@code Cookie} header value and CSRF token (read from a page first)
	 */
	public String[] sessionAndCsrf() {
		if (this.csrf == null) {
			get("/me", "text/html");
		}
		String cookie = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.map((c) -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		return new String[] { cookie, this.csrf };
	}

	/**
	 * Signs in through the login page.
	 * @param username the username
	 * @param password the password
	 * @return the response to the login form (a redirect either way)
	 */
	public HttpResponse<String> signIn(String username, String password) {
		get("/login", "text/html");
		HttpResponse<String> response = postForm("/login", Map.of("username", username, "password", password));
		this.csrf = null; // a new session gets a new token, read from the next page
		return response;
	}

	public HttpResponse<String> get(String path, String accept) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return response;
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		body = (this.csrf != null) ? body + "&_csrf=" + encode(this.csrf) : body;
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Posts a form with files, as a browser sends {@code multipart/form-data}.
	 * @param path the form's action
	 * @param fields the text fields (the CSRF token is added)
	 * @param files the files by field name: file name and content
	 * @return the answer
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields,
			List<Map.Entry<String, Map.Entry<String, byte[]>>> files) {
		String boundary = "----GavelTest" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			all.put("_csrf", this.csrf);
		}
		for (Map.Entry<String, String> field : all.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		for (Map.Entry<String, Map.Entry<String, byte[]>> file : files) {
			body.writeBytes(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
							+ file.getValue().getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.getValue().getValue());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * Signs in through Keycloak as a browser does: the portal sends it to Keycloak's
	 * login page (authorization code with PKCE), the form is filled in, Keycloak sends it
	 * back with a code, and the portal exchanges it.
	 * @param username the username
	 * @param password the password
	 * @return the portal's answer to the returning browser (a redirect to {@code /me})
	 * when Keycloak accepted the login, otherwise Keycloak's page
	 */
	public HttpResponse<String> signInThroughKeycloak(String username, String password) {
		HttpResponse<String> toKeycloak = get("/oauth2/authorization/keycloak", "text/html");
		HttpResponse<String> loginPage = get(location(toKeycloak), "text/html");
		Matcher form = KEYCLOAK_FORM.matcher(loginPage.body());
		if (!form.find()) {
			return loginPage;
		}
		String action = form.group(1).replace("&amp;", "&");
		HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + encode(username) + "&password=" + encode(password) + "&credentialId=")));
		if (answer.statusCode() != 302) {
			return answer;
		}
		this.csrf = null;
		return get(location(answer), "text/html");
	}

	/**
	 * Registers a new account on Keycloak's own registration page, reached from its login
	 * page's "Register" link, as a new applicant does; Keycloak then sends the browser
	 * back signed in.
	 * @param username the new username
	 * @param email their address
	 * @param password their password
	 * @return the portal's answer to the returning browser, otherwise Keycloak's page
	 */
	public HttpResponse<String> registerThroughKeycloak(String username, String email, String password) {
		HttpResponse<String> toKeycloak = get("/oauth2/authorization/keycloak", "text/html");
		HttpResponse<String> loginPage = get(location(toKeycloak), "text/html");
		Matcher link = KEYCLOAK_REGISTRATION.matcher(loginPage.body());
		if (!link.find()) {
			return loginPage;
		}
		URI loginUri = loginPage.uri();
		HttpResponse<String> registration = send(
				HttpRequest.newBuilder(loginUri.resolve(link.group(1).replace("&amp;", "&"))).GET());
		Matcher form = KEYCLOAK_REGISTER_FORM.matcher(registration.body());
		if (!form.find()) {
			return registration;
		}
		HttpResponse<String> answer = send(
				HttpRequest.newBuilder(registration.uri().resolve(form.group(1).replace("&amp;", "&")))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(
							"firstName=New&lastName=Applicant&email=" + encode(email) + "&username=" + encode(username)
									+ "&password=" + encode(password) + "&password-confirm=" + encode(password))));
		if (answer.statusCode() != 302) {
			return answer;
		}
		this.csrf = null;
		return get(location(answer), "text/html");
	}

	/**
	 * Follows one redirect.
	 * @param response a redirect
	 * @return the response at its location
	 */
	public HttpResponse<String> follow(HttpResponse<String> response) {
		return get(location(response), "text/html");
	}

	/**
	 * Gets with a bearer token instead of the session.
	 * @param path the path
	 * @param token the access token
	 * @return the response
	 */
	public HttpResponse<String> getWithToken(String path, String token) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token)
			.GET());
	}

	/**
	 * Gets with HTTP Basic instead of the session, as a script calling the engine REST
	 * API does; a 429 comes back as it is, not retried.
	 * @param path the path
	 * @param username the user
	 * @param password the password
	 * @return the response
	 */
	public HttpResponse<String> getWithBasic(String path, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + credentials)
			.GET());
	}

	/**
	 * Posts JSON with a bearer token instead of the session (no CSRF token needed).
	 * @param path the path
	 * @param json the body
	 * @param token the access token
	 * @return the response
	 */
	public HttpResponse<String> postJsonWithToken(String path, String json, String token) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private static String location(HttpResponse<String> response) {
		return response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException(
					"expected a redirect, got " + response.statusCode() + ": " + response.body()));
	}

	/**
	 * Posts JSON as the portal's own scripts would: with the session and the CSRF token.
	 * @param path the path
	 * @param json the body
	 * @return the response
	 */
	public HttpResponse<String> postJson(String path, String json) {
		return postJson(path, json, Map.of());
	}

	/**
	 * Posts JSON with the session, the CSRF token and extra headers.
	 * @param path the path
	 * @param json the body
	 * @param headers extra headers, such as {@code Idempotency-Key}
	 * @return the response
	 */
	public HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
		if (this.csrf == null) {
			get("/me", "text/html");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (this.csrf != null) {
			request.header("X-CSRF-TOKEN", this.csrf);
		}
		headers.forEach(request::header);
		return send(request);
	}

	/**
	 * Puts JSON with the session and the CSRF token.
	 * @param path the path
	 * @param json the body
	 * @return the response
	 */
	public HttpResponse<String> putJson(String path, String json) {
		if (this.csrf == null) {
			get("/me", "text/html");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		if (this.csrf != null) {
			request.header("X-CSRF-TOKEN", this.csrf);
		}
		return send(request);
	}

	/**
	 * Sends a DELETE with the session and the CSRF token.
	 * @param path the path
	 * @return the response
	 */
	public HttpResponse<String> delete(String path) {
		if (this.csrf == null) {
			get("/me", "text/html");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").DELETE();
		if (this.csrf != null) {
			request.header("X-CSRF-TOKEN", this.csrf);
		}
		return send(request);
	}

	/**
	 * Posts JSON with the session but without the CSRF token, as a forged cross-site
	 * request would.
	 * @param path the path
	 * @param json the body
	 * @return the response
	 */
	public HttpResponse<String> postJsonWithoutCsrf(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Signs in to a Camunda webapp as its login page does (with Camunda's own XSRF
	 * token).
	 * @param app {@code tasklist}, {@code cockpit} or {@code admin}
	 * @param username the username
	 * @param password the password
	 * @return the response of Camunda's login endpoint
	 */
	public HttpResponse<String> signInToCamunda(String app, String username, String password) {
		get("/camunda/app/" + app + "/default/", "text/html");
		String xsrf = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
		HttpResponse<String> login = send(
				HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "application/json")
					.header("X-XSRF-TOKEN", xsrf)
					.POST(HttpRequest.BodyPublishers
						.ofString("username=" + encode(username) + "&password=" + encode(password))));
		// as the webapp does next: this read gives the new session its XSRF token
		get("/camunda/api/engine/engine/", "application/json");
		return login;
	}

	/**
	 * Calls the Camunda webapps' own engine API as Tasklist does, with the webapps'
	 * session and their XSRF token (after {@link #signInToCamunda}).
	 * @param method {@code POST}, {@code PUT} or {@code DELETE}
	 * @param path e.g. {@code /camunda/api/engine/engine/default/task/<id>/complete}
	 * @param json the body, or {@code null}
	 * @return the response
	 */
	public HttpResponse<String> webapps(String method, String path, String json) {
		String xsrf = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", xsrf)
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody()));
	}

	/**
	 * Sends JSON with HTTP Basic, as a script calling the engine REST API does.
	 * @param method {@code POST}, {@code PUT} or {@code DELETE}
	 * @param path the path
	 * @param json the body, or {@code null}
	 * @param username the user
	 * @param password the password
	 * @return the response
	 */
	public HttpResponse<String> sendWithBasic(String method, String path, String json, String username,
			String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + credentials)
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody()));
	}

	/**
	 * Gets a document's bytes, e.g. a PDF.
	 * @param path the path
	 * @return the response
	 */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A path of this server, or an absolute URL such as a redirect's Location. */
	private URI uri(String path) {
		return URI.create(path.startsWith("http://") || path.startsWith("https://") ? path : this.base + path);
	}

	/**
	 * Browsers treat {@code http://localhost} as a secure context and send it cookies
	 * marked {@code Secure} (Keycloak marks its own so); Java's cookie manager does not,
	 * unless asked.
	 */
	private static final class LocalhostIsSecure extends CookieManager {

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
			boolean localHttp = "http".equals(uri.getScheme()) && "localhost".equals(uri.getHost());
			return super.get(localHttp ? URI.create("https" + uri.toString().substring(4)) : uri, headers);
		}

	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
