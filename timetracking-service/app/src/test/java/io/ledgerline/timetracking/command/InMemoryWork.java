package io.ledgerline.timetracking.command;

import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.command.api.IsoWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The world outside one aggregate for aggregate tests: directory, weeks and calendar, as a test sets them up. */
class InMemoryWork implements WorkDirectory, Weeks, TenantCalendar {

    private final Map<String, String> taskProjects = new HashMap<>();
    private final Set<String> closedTasks = new HashSet<>();
    private final Set<String> activeProjects = new HashSet<>();
    private final Set<String> nonBillable = new HashSet<>();
    private final Set<String> members = new HashSet<>();
    private final Set<String> managers = new HashSet<>();
    private final Map<String, RoundingRule> rules = new HashMap<>();
    private final Map<String, WeekStatus> weeks = new HashMap<>();
    private final Map<String, List<WeekEntry>> entries = new HashMap<>();
    private final Map<String, RunningTimer> timers = new HashMap<>();
    private Instant now;
    private final ZoneId zone = ZoneId.of("UTC");

    InMemoryWork(Instant now) {
        this.now = now;
    }

    InMemoryWork task(String tenant, String taskId, String projectId) {
        taskProjects.put(tenant + "/" + taskId, projectId);
        activeProjects.add(tenant + "/" + projectId);
        return this;
    }

    InMemoryWork closedTask(String tenant, String taskId) {
        closedTasks.add(tenant + "/" + taskId);
        return this;
    }

    InMemoryWork inactiveProject(String tenant, String projectId) {
        activeProjects.remove(tenant + "/" + projectId);
        return this;
    }

    InMemoryWork nonBillable(String tenant, String projectId) {
        nonBillable.add(tenant + "/" + projectId);
        return this;
    }

    InMemoryWork member(String tenant, String projectId, String userId) {
        members.add(tenant + "/" + projectId + "/" + userId);
        return this;
    }

    InMemoryWork manager(String tenant, String projectId, String userId) {
        managers.add(tenant + "/" + projectId + "/" + userId);
        return member(tenant, projectId, userId);
    }

    InMemoryWork rule(String tenant, String projectId, RoundingRule rule) {
        rules.put(tenant + "/" + projectId, rule);
        return this;
    }

    InMemoryWork week(String tenant, String userId, IsoWeek week, WeekStatus status, WeekEntry... logged) {
        weeks.put(tenant + "/" + userId + "/" + week, status);
        entries.put(tenant + "/" + userId + "/" + week, new ArrayList<>(List.of(logged)));
        return this;
    }

    InMemoryWork timer(String tenant, String userId, RunningTimer timer) {
        timers.put(tenant + "/" + userId, timer);
        return this;
    }

    InMemoryWork at(Instant instant) {
        now = instant;
        return this;
    }

    @Override
    public Optional<String> projectOfTask(String tenant, String taskId) {
        return Optional.ofNullable(taskProjects.get(tenant + "/" + taskId));
    }

    @Override
    public boolean isOpenTask(String tenant, String taskId) {
        return taskProjects.containsKey(tenant + "/" + taskId) && !closedTasks.contains(tenant + "/" + taskId);
    }

    @Override
    public boolean isKnownProject(String tenant, String projectId) {
        return taskProjects.containsValue(projectId) && taskProjects.keySet().stream()
                .anyMatch(key -> key.startsWith(tenant + "/"));
    }

    @Override
    public boolean isActiveProject(String tenant, String projectId) {
        return activeProjects.contains(tenant + "/" + projectId);
    }

    @Override
    public boolean isMember(String tenant, String projectId, String userId) {
        return members.contains(tenant + "/" + projectId + "/" + userId);
    }

    @Override
    public boolean isManager(String tenant, String projectId, String userId) {
        return managers.contains(tenant + "/" + projectId + "/" + userId);
    }

    @Override
    public boolean billableByDefault(String tenant, String projectId) {
        return !nonBillable.contains(tenant + "/" + projectId);
    }

    @Override
    public Optional<RoundingRule> roundingRule(String tenant, String projectId) {
        return Optional.ofNullable(rules.get(tenant + "/" + projectId));
    }

    @Override
    public WeekStatus status(String tenant, String userId, IsoWeek week) {
        return weeks.getOrDefault(tenant + "/" + userId + "/" + week, WeekStatus.OPEN);
    }

    @Override
    public List<WeekEntry> entries(String tenant, String userId, IsoWeek week) {
        return entries.getOrDefault(tenant + "/" + userId + "/" + week, List.of());
    }

    @Override
    public Optional<RunningTimer> runningTimer(String tenant, String userId) {
        return Optional.ofNullable(timers.get(tenant + "/" + userId));
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
