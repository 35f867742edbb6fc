/**
 * Countries, regions and cities written in two or more capitalised words, which read like a given
 * name and a surname to the English name rules ("Sri Lanka", "Costa Rica", "Kuala Lumpur"). A run
 * of capitalised words that is one of them, or ends in one, is a place.
 */
export const WORLD_PLACES: readonly string[] = `
Hong Kong|Sri Lanka|Costa Rica|Puerto Rico|Kuala Lumpur|Ho Chi Minh|Ho Chi Minh City|New York|New York City|New Zealand|New Delhi
Los Angeles|San Francisco|San Jose|San Diego|San Antonio|Santa Cruz|Santa Clara|Santa Monica|Buenos Aires|Rio de Janeiro|Sao Paulo
São Paulo|Abu Dhabi|Saudi Arabia|South Africa|South Korea|North Korea|United States|United Kingdom|United Arab Emirates|Las Vegas
Tel Aviv|Cape Town|Mexico City|Panama City|Kuwait City|Quezon City|Phnom Penh|Chiang Mai|Da Nang|Hai Phong|Addis Ababa|Dar es Salaam
El Salvador|Sierra Leone|Burkina Faso|Papua New Guinea|Czech Republic|Dominican Republic|Sri Jayawardenepura Kotte|Bandar Seri Begawan
New Orleans|New Jersey|New Mexico|North Carolina|South Carolina|North Dakota|South Dakota|West Virginia|Rhode Island|Hong Kong SAR
Salt Lake City|Kansas City|Oklahoma City|Jersey City|Santa Barbara|San Juan|Porto Alegre|Belo Horizonte|Kota Kinabalu|Johor Bahru
Nur Sultan|Ulan Bator|Baton Rouge|Des Moines|Palo Alto|Mountain View|Silicon Valley|Long Beach|Hanoi City|Macau SAR|Taipei City`
  .split(/[|\n]/)
  .map((p) => p.trim())
  .filter((p) => p.length > 0);
