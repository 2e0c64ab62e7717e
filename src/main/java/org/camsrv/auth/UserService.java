package org.camsrv.auth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.camsrv.data.DataDirectory;
import org.camsrv.data.SqliteDatabase;
import org.camsrv.log.SafeLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules around users: who may log in, who registers first, who may remove whom. Keeps the
 * ids of existing users in memory so that every API request can tell cheaply whether its
 * token's user still exists.
 */
@ApplicationScoped
public class UserService {

    private static final SafeLog LOG = SafeLog.of(UserService.class);

    @Inject
    DataDirectory dataDirectory;

    @Inject
    PasswordHasher hasher;

    @Inject
    Event<UserRemoved> removals;

    @Inject
    Event<PasswordChanged> passwordChanges;

    @Inject
    @ConfigProperty(name = "camsrv.admin.user")
    Optional<String> adminName;

    @Inject
    @ConfigProperty(name = "camsrv.admin.password")
    Optional<String> adminPassword;

    private UserStore store;
    private final Map<String, Long> idsByName = new ConcurrentHashMap<>();
    private final Map<Long, Long> passwordVersionsById = new ConcurrentHashMap<>();

    /** Opens the database at start, so that a configured SuperUser exists before the first request. */
    void openAtStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        hasNoUsers();
    }

    @PostConstruct
    void open() {
        try {
            store = new UserStore(dataDirectory.database());
        } catch (SqliteDatabase.DatabaseException e) {
            throw new UserStoreException("The user database could not be created or upgraded", e);
        }
        createAdminFromConfiguration();
        reloadIds();
    }

    /** The first start with CAMSRV_ADMIN_USER and CAMSRV_ADMIN_PASSWORD set creates that SuperUser. */
    private void createAdminFromConfiguration() {
        if (store.countUsers() > 0 || adminName.isEmpty() || adminPassword.isEmpty()) {
            return;
        }
        String name = adminName.get().strip();
        Optional<String> problem = UserRules.checkName(name);
        if (problem.isPresent() || adminPassword.get().isBlank()) {
            LOG.warning(() -> "CAMSRV_ADMIN_USER / CAMSRV_ADMIN_PASSWORD not used: "
                    + problem.orElse("the password is blank"));
            return;
        }
        Optional<String> weak = UserRules.checkNewPassword(adminPassword.get());
        store.addUser(name, hasher.hash(adminPassword.get().toCharArray()), true, false);
        // Not Initial (contract 1): an Initial user gets no API token, and a headless start must use the API at once.
        // One warning instead: the password sits in the environment.
        LOG.warning(() -> weak.map(reason -> "CAMSRV_ADMIN_PASSWORD is weak (" + reason + "); please change it on the /password page")
                .orElse("Created SuperUser " + name + " from CAMSRV_ADMIN_USER and CAMSRV_ADMIN_PASSWORD: that password is in "
                        + "the environment, so change it on /password and remove CAMSRV_ADMIN_PASSWORD"));
    }

    public boolean hasNoUsers() {
        if (idsByName.isEmpty() && store.countUsers() > 0) {
            // Users came in from outside (the command-line import) while the server ran.
            reloadIds();
        }
        return idsByName.isEmpty();
    }

    /** Checks name and password; unknown names cost the same time as wrong passwords. */
    public Optional<User> authenticate(String name, char[] password) {
        try {
            return authenticateLater(name, password).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** {@link #authenticate}, with the hashing done on the hashing thread while the caller's thread is free. */
    public CompletableFuture<Optional<User>> authenticateLater(String name, char[] password) {
        Optional<User> user = name == null ? Optional.empty() : store.findByName(name);
        if (user.isEmpty()) {
            return hasher.verifyUnknownUserLater(password).thenApply(ignored -> Optional.empty());
        }
        return hasher.verifyLater(password, user.get().passwordHash()).thenCompose(ok -> {
            if (!ok) {
                return CompletableFuture.completedFuture(Optional.<User>empty());
            }
            if (hasher.needsRehash(user.get().passwordHash())) {
                return rehash(user.get(), password);
            }
            return CompletableFuture.completedFuture(user);
        });
    }

    /**
     * A user with an older hash has just logged in: a werkzeug hash imported from raspiCamSrv, or PBKDF2
     * where Argon2id is now in use, gives way to a hash of the scheme new passwords get.
     */
    private CompletableFuture<Optional<User>> rehash(User user, char[] password) {
        String old = PasswordHasher.isImported(user.passwordHash()) ? "imported user " : "user ";
        return hasher.hashLater(password).handle((newHash, busy) -> {
            // Only over the hash just checked: a password changed meanwhile stays. When the hashing line is
            // full the login still succeeds, and the rehash waits for the next one.
            if (newHash != null && store.replacePasswordHash(user.id(), user.passwordHash(), newHash)) {
                LOG.info(() -> "Password of " + old + user.name() + " rehashed to " + hasher.describe());
                reloadIds();
            }
            return store.findById(user.id());
        });
    }

    /** Imports raspiCamSrv's users (SuperUser only: the Users tab checks); names CamSrv has already are skipped. */
    public synchronized UserImport.Report importRaspiCamSrvUsers(java.nio.file.Path raspiCamSrvDatabase)
            throws org.camsrv.migration.RaspiCamSrvImportException {
        UserImport.Report report = UserImport.importUsers(raspiCamSrvDatabase, store);
        reloadIds();
        LOG.info(() -> "raspiCamSrv import from " + raspiCamSrvDatabase + ": " + report.summary());
        return report;
    }

    /** The first visitor becomes SuperUser; answers empty once anybody exists. */
    public synchronized Optional<User> registerFirstSuperUser(String name, String password) {
        requireValid(name, password);
        if (store.countUsers() > 0) {
            return Optional.empty();
        }
        return added(store.addUser(name, hasher.hash(password.toCharArray()), true, false));
    }

    /** A SuperUser adds a user, who must change the password at first login. */
    public Optional<User> addInitialUser(String name, String password) {
        requireValid(name, password);
        return added(store.addUser(name, hasher.hash(password.toCharArray()), false, true));
    }

    /**
     * Sets a new password. The user's other browser sessions, the login tokens issued before and the generated
     * tokens end with it; answers the user as now stored, for the session that made the change.
     */
    public User changePassword(User user, String newPassword) {
        UserRules.checkNewPassword(newPassword).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        store.setPassword(user.id(), hasher.hash(newPassword.toCharArray()), false);
        reloadIds();
        if (passwordChanges != null) {
            passwordChanges.fire(new PasswordChanged(user.id(), user.name()));
        }
        LOG.info(() -> "Password changed for user " + user.name() + "; older sessions and tokens end");
        return store.findById(user.id()).orElseThrow();
    }

    /** Removes a user; never the acting user and never the last SuperUser. */
    public synchronized void removeUser(User actor, long id) {
        if (actor.id() == id) {
            throw new IllegalArgumentException("You cannot remove yourself");
        }
        User target = store.findById(id).orElseThrow(() -> new IllegalArgumentException("No such user"));
        if (target.superUser() && store.countSuperUsers() <= 1) {
            throw new IllegalArgumentException("The last SuperUser cannot be removed");
        }
        store.removeUser(id);
        reloadIds();
        if (removals != null) {
            removals.fire(new UserRemoved(target.id(), target.name()));
        }
        LOG.info(() -> "Removed user " + target.name());
    }

    public Optional<User> findByName(String name) {
        return store.findByName(name);
    }

    public Optional<User> findById(long id) {
        return store.findById(id);
    }

    public List<User> listUsers() {
        return store.listUsers();
    }

    /** True while the user with this name still has this id: a removed or re-created user's tokens fail. */
    public boolean isCurrentUser(String name, long id) {
        if (name == null) {
            return false;
        }
        // A miss looks in the database: the command-line import adds users behind this cache's back.
        Long current = idsByName.computeIfAbsent(name, missing -> store.findByName(missing).map(User::id).orElse(null));
        return current != null && current == id;
    }

    /** True while the user exists and has not changed the password since {@code passwordVersion}. */
    public boolean isCurrentPassword(long id, long passwordVersion) {
        Long current = passwordVersionsById.computeIfAbsent(id,
                missing -> store.findById(missing).map(User::passwordVersion).orElse(null));
        return current != null && current == passwordVersion;
    }

    /** The user a browser session belongs to, while that user exists and has kept the password of its login. */
    public Optional<User> findForSession(long id, long passwordVersion) {
        return store.findById(id).filter(user -> user.passwordVersion() == passwordVersion);
    }

    private Optional<User> added(Optional<User> user) {
        reloadIds();
        user.ifPresent(u -> LOG.info(() -> "Added user " + u.name() + (u.superUser() ? " (SuperUser)" : "")));
        return user;
    }

    private void reloadIds() {
        Map<String, Long> fresh = new ConcurrentHashMap<>();
        Map<Long, Long> versions = new ConcurrentHashMap<>();
        List<User> all = store.listUsers();
        all.forEach(u -> {
            fresh.put(u.name(), u.id());
            versions.put(u.id(), u.passwordVersion());
        });
        hasher.pbkdf2HashesStored(all.stream().anyMatch(u -> PasswordHasher.isPbkdf2(u.passwordHash())));
        idsByName.keySet().retainAll(fresh.keySet());
        idsByName.putAll(fresh);
        passwordVersionsById.keySet().retainAll(versions.keySet());
        passwordVersionsById.putAll(versions);
    }

    private static void requireValid(String name, String password) {
        UserRules.checkName(name).or(() -> UserRules.checkNewPassword(password)).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }
}
