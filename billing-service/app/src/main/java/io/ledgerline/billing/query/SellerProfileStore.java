package io.ledgerline.billing.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.billing.command.SellerProfiles;
import io.ledgerline.billing.command.SellerSnapshot;
import io.ledgerline.billing.command.api.SellerDetails;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code seller_profile} and {@code seller_logo}. The projection runs in the issuing command's
 * transaction (billing-read-model is subscribing), so an invoice is always issued with the profile just saved.
 */
@Repository
public class SellerProfileStore implements SellerProfiles {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    SellerProfileStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<SellerSnapshot> current(String tenant) {
        return view(tenant).map(view -> new SellerSnapshot(view.details(), view.version()));
    }

    /** The tenant's profile as the API shows it. */
    public Optional<SellerProfileView> view(String tenant) {
        return jdbc.query("""
                SELECT p.version, p.details, p.updated_at, (SELECT l.media_type FROM seller_logo l
                    WHERE l.tenant = p.tenant ORDER BY l.version DESC LIMIT 1) AS logo
                FROM seller_profile p WHERE p.tenant = ?""",
                (row, index) -> new SellerProfileView(read(row.getString("details")), row.getString("logo"),
                        row.getLong("version"), row.getTimestamp("updated_at").toInstant()),
                tenant).stream().findFirst();
    }

    /** The logo the profile had at a version (the last one set at or before it), if any. */
    public Optional<SellerLogo> logo(String tenant, long version) {
        return jdbc.query("""
                SELECT media_type, image FROM seller_logo WHERE tenant = ? AND version <= ?
                ORDER BY version DESC LIMIT 1""",
                (row, index) -> new SellerLogo(row.getString("media_type"), row.getBytes("image")),
                tenant, version).stream().findFirst();
    }

    void details(String tenant, SellerDetails details, long version, Instant at) {
        jdbc.update("""
                INSERT INTO seller_profile (tenant, version, details, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant) DO UPDATE SET version = EXCLUDED.version, details = EXCLUDED.details,
                    updated_at = EXCLUDED.updated_at""", tenant, version, write(details), Timestamp.from(at));
    }

    void logo(String tenant, String mediaType, byte[] image, long version, Instant at) {
        jdbc.update("INSERT INTO seller_logo (tenant, version, media_type, image) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", tenant, version, mediaType, image);
        jdbc.update("UPDATE seller_profile SET version = ?, updated_at = ? WHERE tenant = ?", version,
                Timestamp.from(at), tenant);
    }

    private SellerDetails read(String text) {
        try {
            return json.readValue(text, SellerDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("seller_profile holds details that do not parse", e);
        }
    }

    private String write(SellerDetails details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("seller details do not serialize", e);
        }
    }
}
