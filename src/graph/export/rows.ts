/** The rows the export's queries return (statements.ts), one type per kind. */
export interface ArticleRow { id: string; url: string | null; source: string | null; title: string | null; publishedAt: string | null; author: string | null; place: string | null }
export interface PersonRow { id: string; name: string; aliases: string[]; province: string | null; articleIds: string[] }
export interface OrganizationRow { id: string; name: string; kind: string | null; aliases: string[]; parentId: string | null; place: string | null }
export interface PositionRow { id: string; title: string; name: string; organizationId: string | null; organizationName: string | null }
export interface SourceRef { id: string; url: string | null }
export interface TenureRow {
  id: string; personId: string; personName: string; positionId: string; positionName: string; organizationName: string | null;
  firstSeen: string | null; lastSeen: string | null; endedBy: string | null; acting: boolean; observations: number; articles: (SourceRef & { sentence: string | null })[];
}
export type ParticipantRole = 'CHAIRED' | 'SPOKE_AT' | 'ATTENDED';
export interface ParticipantRow { personId: string; personName: string; role: ParticipantRole; article: string | null; sentence: string | null }
export interface MeetingRow {
  id: string; date: string | null; partOfDay: string | null; kind: string; title: string;
  organizers: { id: string; name: string }[]; participants: ParticipantRow[]; articles: SourceRef[];
}
