import { names } from '../../support/detected';

// Latin-script names by their form: Vietnamese spelling, a surname with an initial or a comma,
// and the name fields of passports and forms. Each with look-alikes that stay clean.
describe('Latin-script names read by their form', () => {
  it.each([
    ['Vietnamese letters, before さん', 'Nguyễn Thị MaiさんとPhạm Văn Longさんが来日します', ['Nguyễn Thị Mai', 'Phạm Văn Long']],
    ['a Vietnamese surname and middle name without marks', '学籍番号 23E1146 Tran Thi Mai', ['Tran Thi Mai']],
    ['a Vietnamese name in capitals', '研修生 NGUYEN VAN AN（ベトナム）', ['NGUYEN VAN AN']],
    ['surnames with an initial in an attendee list', 'Attendees: Sato K., Ito M.', ['Sato K.', 'Ito M.']],
    ['an initial before the surname', 'Reviewed by K. Sato on Monday', ['K. Sato']],
    ['a surname in capitals, a comma and the given name', 'MORIMOTO, Kazuki の経費申請が未承認です。', ['MORIMOTO, Kazuki']],
    ['passport fields', 'PASSPORT NO. MZ0387215 / SURNAME TAKEUCHI / GIVEN NAMES HARUKA', ['TAKEUCHI', 'HARUKA']],
    ['a given name before where the person works', 'Mizuki from HR said the form is due', ['Mizuki']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a Vietnamese city', 'Hội thảo tại Hà Nội'],
    ['a place with accents', 'São Paulo office'],
    ['places in romaji with a comma', 'Tokyo, Osaka'],
    ['words with a comma', 'Sales, Marketing'],
    ['a place and an initial', 'Osaka K.'],
    ['a version letter', 'Version K. Update'],
    ['a label for a field with no value', 'SURNAME / GIVEN NAMES'],
    ['a month before from', 'May from the start of the year'],
    ['a word before from', 'Data from IT is late'],
    ['a place before from', 'Tokyo from Osaka by train'],
  ])('%s stays clean', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('account names that spell their owner', () => {
  it.each([
    ['a login in an sshd log line', 'Accepted publickey dst=10.0.0.5:22 user=kmatsuo', ['kmatsuo']],
    ['a user name after a Japanese label', 'ユーザー名: y.kudo でログインできません', ['y.kudo']],
    ['a login id with an initial after the surname', 'login: tanaka.h', ['tanaka.h']],
    ['the user-name column of a CSV table', '"ユーザー名","IP","最終ログイン"\n"y.kudo","172.16.44.201","2024-05-01"\n"admin","172.16.44.2","2024-05-01"', ['y.kudo']],
  ])('%s', (_family, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a service account', 'user=admin'],
    ['a cloud default user', 'ssh user=ec2-user'],
    ['a deploy account with digits', 'username: deploy01'],
    ['an operating system account', 'user=ubuntu'],
  ])('%s stays clean', (_family, text) => {
    expect(names(text)).toEqual([]);
  });
});
