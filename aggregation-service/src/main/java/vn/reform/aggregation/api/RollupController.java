package vn.reform.aggregation.api;

import java.nio.charset.StandardCharsets;

import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.reform.aggregation.api.export.ExportFormat;
import vn.reform.aggregation.api.export.RoundExporter;
import vn.reform.aggregation.api.security.CurrentUser;
import vn.reform.aggregation.api.view.AgencyView;
import vn.reform.aggregation.messaging.ReadModelRebuilt;

/**
 * The rollups of a round. Home Affairs (and the administrator) see the province; an agency user gets the same
 * shape holding only its own entry and figures ({@code scope: AGENCY}), its own agency view, and 403 for any
 * other agency or for the exports.
 */
@RestController
@RequestMapping("/api/rollups/{round}")
public class RollupController {

    private final RollupReader reader;
    private final RoundExporter exporter;

    public RollupController(RollupReader reader, RoundExporter exporter) {
        this.reader = reader;
        this.exporter = exporter;
    }

    @GetMapping
    public ResponseEntity<?> rollup(@PathVariable String round, @AuthenticationPrincipal Jwt jwt,
                                    @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        CurrentUser user = CurrentUser.from(jwt);
        if (user.provinceWide()) {
            GzippedBody body = reader.provinceBody(round);
            boolean gzip = acceptsGzip(encodings);
            // a GET whose If-None-Match holds this tag gets 304 without the body (Spring answers it for an entity
            // with an ETag); no-cache: a cache must ask again before each use, the rollup being live
            ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                    .eTag(body.entityTag(gzip))
                    .cacheControl(CacheControl.noCache().cachePrivate());
            return gzip
                    ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(body.gzipped())
                    : answer.body(body.plain());
        }
        user.requireAgency(user.agency());
        return ResponseEntity.ok(reader.ownAgency(round, user.agency()));
    }

    static boolean acceptsGzip(String encodings) {
        if (encodings == null) {
            return false;
        }
        for (String coding : encodings.split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    @GetMapping("/agencies/{agency}")
    public AgencyView agency(@PathVariable String round, @PathVariable String agency, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser.from(jwt).requireAgency(agency);
        return reader.agency(round, agency);
    }

    @GetMapping("/export")
    public ResponseEntity<byte[]> export(@PathVariable String round,
                                         @RequestParam(name = "format", required = false) String format,
                                         @AuthenticationPrincipal Jwt jwt) {
        CurrentUser.from(jwt).requireProvinceWide();
        ExportFormat parsed = ExportFormat.parse(format)
                .orElseThrow(() -> ApiException.badField("format", "INVALID_FORMAT", "problem.format.invalid"));
        byte[] body = exporter.export(round, parsed);
        String filename = "tong-hop-" + round + "." + parsed.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(parsed.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @EventListener
    void onRebuild(ReadModelRebuilt event) {
        reader.clearCache();
    }
}
