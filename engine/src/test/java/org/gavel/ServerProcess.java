package org.gavel;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a server the tests started as a separate process (Keycloak, Gavel itself) to
 * answer.
 */
public final class ServerProcess {

	private ServerProcess() {
	}

	/**
	 * Waits until a URL answers 200.
	 * @param process the server's process; its death ends the wait
	 * @param url what to ask
	 * @param timeout how long to wait at most
	 * @param log where the server writes, named in failures
	 */
	public static void awaitOk(Process process, String url, Duration timeout, File log) {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the server stopped while starting; see " + log);
			}
			try {
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			pause();
		}
		process.destroyForcibly();
		throw new IllegalStateException(url + " did not answer within " + timeout + "; see " + log);
	}

	/** There is no event to wait on for a separate process to come up. */
	private static void pause() {
		try {
			TimeUnit.MILLISECONDS.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
