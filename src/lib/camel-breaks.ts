/**
 * Where a long error code may break across lines: before each capital that follows a small
 * letter or a digit (`UserErrorGuestAgentStatusUnavailable` →
 * `User|Error|Guest|Agent|Status|Unavailable`; `BackUpOperationFailedV2` → `…|Failed|V2`).
 * Runs of capitals stay together (`UserErrorStandardSSDNotSupported` → `…|Standard|SSDNot|Supported`
 * breaks only where a small letter meets a capital). Pure: the segments joined give the code back.
 */
export function camelSegments(code: string): string[] {
	return code.split(/(?<=[a-z0-9])(?=[A-Z])/).filter((s) => s !== '');
}
