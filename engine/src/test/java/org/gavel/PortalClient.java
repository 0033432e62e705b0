package org.gavel;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client of the portal for integration tests: it keeps cookies, takes the
 * CSRF token from the pages it reads as a browser would, and does not follow redirects
 * (so tests see them).
 */
public final class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private String csrf;

	public PortalClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
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
	 * Posts JSON as the portal's own scripts would: with the session and the CSRF token.
	 * @param path the path
	 * @param json the body
	 * @return the response
	 */
	public HttpResponse<String> postJson(String path, String json) {
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
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse("");
		return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + encode(username) + "&password=" + encode(password))));
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

	/** A path, or an absolute URL on this server such as a redirect's Location. */
	private URI uri(String path) {
		return URI.create(path.startsWith(this.base) ? path : this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
