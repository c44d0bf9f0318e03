/**
 * Which code-shaped words look like an Azure error code: CamelCase words saying what went wrong.
 * Such a word that is not ours is another error's code, or a cut or mistyped one of ours
 * (rank.ts); typed words holding none cannot name another error by its code (other-messages.ts).
 */

/** Codes that look like Azure error codes: CamelCase words saying what went wrong. */
const errorish =
	/error|fail|timeout|timedout|notfound|notsupported|unsupported|notpresent|inprogress|invalid|state|limit|exceeded|quota|notconfigured|unavailable|conflict|denied|disallowed|forbidden|unauthorized|exception|offline|notrunning|expired|missing|corrupt|locked|mismatch|stuck|notallowed|another|running/i;
/**
 * Generic status names that wrappers put around any error (HTTP statuses, "job failed", a
 * PowerShell error record's labels and .NET exception types): neither ours nor another error's.
 */
const generic =
	/^(?:InternalServerError|InternalError|BadRequest|ServiceUnavailable|GatewayTimeout|RequestTimeout|TooManyRequests|Conflict|NotFound|(?:Backup|BackupJob|Job|Operation|Deployment|Request|Task)Failed|ResourceDeploymentFailure|ErrorCode|ErrorMessage|ErrorDetails|ErrorString|FullyQualifiedErrorId|\w*Exception)$/i;
const camel = /^[A-Z]?[a-z0-9]*(?:[A-Z]+[a-z0-9]*){2,}$/;

/** A code-shaped word that says what went wrong (not a generic status such as `BadRequest`). */
export const looksLikeErrorCode = (word: string): boolean =>
	camel.test(word) && errorish.test(word) && !generic.test(word);
