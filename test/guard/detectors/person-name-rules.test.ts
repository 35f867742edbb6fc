import { detectEntities } from '../../../lambda/guard/detect';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((f) => f.type === 'PERSON_NAME')
    .map((f) => text.slice(f.start, f.end));
}

describe('PERSON_NAME cue rules', () => {
  it.each([
    ["What's your name? Toralf Quendt", ['Toralf Quendt']],
    ['Friends call me Brennick', ['Brennick']],
    ['A 1999 film directed by: Toralf Quendt', ['Toralf Quendt']],
    ['The film is directed by Oswin Parrat and starring Parrat', ['Oswin Parrat', 'Parrat']],
    ['An interview with the novelist Ilse Marwen', ['Ilse Marwen']],
    ['We asked the songwriter Varnhold about it', ['Varnhold']],
  ])('finds the name after a cue in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['Directed by the board, the plan works', 'Starring role for Tuesday', 'The singer was late'])(
    'does not read a name into %s',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );

  it.each([
    ['Torvin Haskett lives in a small town', ['Torvin Haskett']],
    ['Brannoc shouted at the crowd', ['Brannoc']],
    ["It was Brannoc's kids who won", ['Brannoc']],
    ['Then Quillan whispered something', ['Quillan']],
  ])('finds the name before a person verb in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['Google announced a new phone', 'Acme said it would recover', "Visit McDonald's today"])(
    'does not read a name into %s',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe('PERSON_NAME shape rules', () => {
  it.each([
    ['yesterday Zdeňka Horválová won the match', ['Zdeňka Horválová']],
    ['Ask Fiona McTavish about it', ['Fiona McTavish']],
    ['Signed by Halvard J. Brenne', ['Halvard J. Brenne']],
    ['Account holder Martin A Kessling', ['Martin A Kessling']],
    ["Hi Brettow, I'm writing about my order", ['Brettow']],
  ])('finds %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '808 Kálmán Imre u. 12.',
    'Apt. 12\n Velká Bukovina',
    'Eriksbo Västergärde 78',
    'the corner of Main St and Herrold Gateway',
    'The Thomas Harlow Orchestra played',
    'We returned to San Loredo by boat',
    'The title refers to Rua Jaime Pessoa street',
  ])('does not report a name in the place or organisation %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON_NAME list cues', () => {
  it('reports a single word joined to a found name', () => {
    expect(names('Anna and Brettow went home')).toEqual(['Anna', 'Brettow']);
    expect(names('Anna, Brettow and Emily came')).toEqual(['Anna', 'Brettow', 'Emily']);
  });

  it.each(['We moved here from Norway', 'Genres: Action, Animation, Comedy, Kids & Family', 'I am travelling to Austria'])(
    'does not report a lone capitalized word after a list cue in %s',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});


describe('PERSON_NAME: given names that are also English words', () => {
  it.each(['Max 10 users per team.', 'Mark the invoice as paid.', 'Frank feedback is welcome.', '- Max 5 retries'])('reads the word, not a name, in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Max said he would come.', ['Max']],
    ['I met Max yesterday.', ['Max']],
    ['Thanks, Max', ['Max']],
  ])('still finds the name in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
