package org.buildreg.batch;

/**
 * The platform's batch jobs (SPEC §9), each with its Chinese label and the one parameter it takes. A job is offered
 * only when its XML is deployed ({@code META-INF/batch-jobs/<name>.xml} on the application's class path).
 */
public enum BatchJob {
    REFERENCE_DATA_LOAD("reference-data-load", "参考数据导入", Parameter.OPTIONAL_FILE, false),
    EXAM_RESULTS_IMPORT("exam-results-import", "考试合格数据导入", Parameter.FILE, true),
    LEGACY_MIGRATION("legacy-migration", "旧系统数据迁移", Parameter.EXPORT, true),
    EXPIRY_SWEEP("expiry-sweep", "证书过期处理", Parameter.NONE, false);

    /** What a job is started with. */
    public enum Parameter {
        /** Nothing. */
        NONE(null, null, false),
        /** A file on the server; empty: the file the platform ships. */
        OPTIONAL_FILE("file", "服务器上的文件路径（留空则使用平台自带的数据）", false),
        /** A file on the server. */
        FILE("file", "服务器上的文件路径", true),
        /** The old system's export: a directory or ZIP on the server, or a ZIP uploaded here. */
        EXPORT("export", "服务器上的导出目录或ZIP文件路径", true);

        private final String name;
        private final String label;
        private final boolean required;

        Parameter(String name, String label, boolean required) {
            this.name = name;
            this.label = label;
            this.required = required;
        }

        /** The job parameter's name, e.g. {@code #{jobParameters['file']}}; null for NONE. */
        public String parameterName() {
            return name;
        }

        public String label() {
            return label;
        }

        public boolean required() {
            return required;
        }

        public boolean takesPath() {
            return name != null;
        }

        public boolean takesUpload() {
            return this == EXPORT;
        }
    }

    private final String jobName;
    private final String label;
    private final Parameter parameter;
    private final boolean rejectReport;

    BatchJob(String jobName, String label, Parameter parameter, boolean rejectReport) {
        this.jobName = jobName;
        this.label = label;
        this.parameter = parameter;
        this.rejectReport = rejectReport;
    }

    /**
     * Whether ADMIN may close it for good (关闭) once what it reads from is retired: 旧系统数据迁移 after cut-over,
     * when a second run could only bring back accounts and certificates from an outdated export.
     */
    public boolean closable() {
        return this == LEGACY_MIGRATION;
    }

    /** Whether the job skips bad rows into {@code batch_reject} (the console offers its reject report). */
    public boolean rejectReport() {
        return rejectReport;
    }

    public String jobName() {
        return jobName;
    }

    public String label() {
        return label;
    }

    public Parameter parameter() {
        return parameter;
    }

    /** Where Jakarta Batch looks for the job's XML. */
    public String xmlResource() {
        return "META-INF/batch-jobs/" + jobName + ".xml";
    }

    /** Whether the job's XML is deployed, seen through {@code loader}. */
    public boolean isDeployed(ClassLoader loader) {
        return loader != null && loader.getResource(xmlResource()) != null;
    }

    /** The label of a job name, or the name itself for a job this enum does not know. */
    public static String labelOf(String jobName) {
        BatchJob job = byName(jobName);
        return job == null ? jobName : job.label;
    }

    /** The job of that name; null for one this enum does not know. */
    public static BatchJob byName(String jobName) {
        for (BatchJob job : values()) {
            if (job.jobName.equals(jobName)) {
                return job;
            }
        }
        return null;
    }
}
