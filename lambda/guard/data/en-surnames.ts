/**
 * Common surnames in English-speaking countries (US census and UK registers, most frequent
 * first), then the South, Southeast and East Asian surnames met in the English mail of Japanese
 * offices (Kumar, Pham, Zhang, Kim, Santos), used to score a run of capitalised words ending in one as a person's name.
 * Surnames that are everyday words or places (Young, King, Hill, Green, Rose, Lane) are left out.
 */
export const EN_SURNAMES: readonly string[] = `
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson
Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker
Allen Wright Scott Torres Nguyen Flores Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez
Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez
Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell
Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan
Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis
Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy
Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva
Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren
Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley
Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong
Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards
Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins Greene Nunez
Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Austin Dominguez Carr Lawson Jacobs
O'Brien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Li
Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas Lucas Marquez Fields Park Yang Little Banks
Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez Newman Pearson Curtis
Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins Campos Barnett
Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard Gregory Carrillo
Sutton Fleming Rhodes Shelton Schwartz Norris Jennings Watts Duran Walters Cohen McDaniel Moran Parks Steele Vaughn
Becker Holt DeLeon Barker Terry Hale Leon Hail Benson Haynes Horton Miles Lyons Pham Graves Bush Thornton Wolfe
Warner Cabrera McKinney Mann Zimmerman Dawson Lara Fletcher Page McCarthy Love Robles Cervantes Solis Erickson Reeves
Kumar Sharma Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Verma Chopra Malhotra Banerjee Chatterjee Mukherjee Pillai Menon Agarwal Srinivasan Krishnan Yadav Mishra Pandey Chaudhary Khan Ahmed Hussain Rahman
Pham Hoang Huynh Phan Dang Bui Duong Truong Dinh Trinh
Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Luo Liang Zheng Xie Feng Deng Peng Zeng Xiao Tian Yuan Jiang Cai Wei
Kim Choi Jung Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Ryu Jeon
Santos Reyes Cruz Bautista Mendoza Ramos Aquino Villanueva Fernandez Dizon
Wijaya Santoso Susanto Hidayat Setiawan Kusuma Pratama Nugroho
`.split(/\s+/).filter((n) => n.length > 0 && !['Rose', 'Lane', 'Long', 'Black', 'Stone', 'Fox', 'Day', 'May', 'Love', 'Page', 'Miles', 'Little', 'Banks', 'Fields', 'Park', 'Woods', 'Wood', 'Bell', 'Hunt', 'Price', 'Gray', 'West', 'Ford', 'Terry', 'Neal', 'Ray', 'Grant', 'Dean', 'Wade', 'Powers', 'Graves', 'Bush', 'Hale', 'Hail', 'Mann'].includes(n));
