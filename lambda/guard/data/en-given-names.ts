import { MOBY_GIVEN_NAMES } from './en-given-names-moby';

/**
 * Common given names across English-speaking and European locales, and the South, Southeast and
 * East Asian ones met in the English mail of Japanese offices (Rajesh, Minh, Jiahao). Words that are also
 * ordinary English (Will, May, Mark, Grace, Rose, June, Bill...) are left out on purpose.
 */
const CURATED: readonly string[] = `
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick
Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Noah Ethan
Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse
Bryan Billy Bruce Gabriel Joe Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph
Bobby Russell Bradley Philip Eugene Louis Harry Liam Oliver Lucas Leo Oscar Victor Hugo Felix Max Martin
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret
Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon Laura
Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen
Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren
Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara
Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Isabella Julia Beverly Denise Marilyn Amber
Danielle Brittany Diana Natalie Sophie Charlotte Amelia Mia Chloe Ella Lily Zoe Lucy Clara
Linnea Ingrid Astrid Freya Sigrid Karin Kari Anja Anke Birgit Heike Ursula Monika Petra Sabine
Jürgen Klaus Wolfgang Stefan Matthias Andreas Markus Tobias Lukas Jonas Niklas Florian Sebastian Johann
Hans Dieter Uwe Helmut Karl Fritz Heinz Günter Lars Anders Nils Erik Mikael Magnus Sven Johan Henrik
Mats Jens Søren Rasmus Mads Kasper Mette Hanne Lene Birthe Kirsten Gitte Jette Maja Ida Freja Asta
Mikko Jukka Matti Antti Juha Timo Kari Pekka Heikki Jari Sami Ville Aino Eino Tuula Päivi Sari
Leena Riitta Anneli Marja Hannu Jussi Tapio Pirkko Jón Sigurður Guðmundur Gunnar Ólafur
Einar Kristján Helga Guðrún Sigríður Kristín Björn Arnar Ragnar Stefán Árni
László István József Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Csaba Balázs
Katalin Erzsébet Ilona Éva Zsuzsanna Anikó Ildikó Judit Ágnes Eszter Réka Dóra
Jan Piotr Krzysztof Tomasz Paweł Marcin Michał Łukasz Jakub Agnieszka Katarzyna Małgorzata Joanna
Magdalena Barbara Ewa Krystyna Zofia Kateřina Jiří Petr Josef Pavel Tomáš Lucie Tereza Veronika
Giuseppe Giovanni Antonio Mario Luigi Francesco Alessandro Andrea Marco Matteo Lorenzo Luca Paolo Enrico
Giulia Francesca Chiara Alessia Federica Valentina Elena Silvia Leone Carlo Stefano Roberto Massimo
Jean Pierre Michel Philippe Alain Jacques François Nicolas Julien Antoine Camille Manon Léa Chloé
Mathilde Amélie Élodie Sylvie Nathalie Isabelle Céline Aurélie Margaux Emeline Thibault
Carlos Miguel Javier Alejandro Diego Pablo Sergio Fernando Jorge Luis Manuel Rafael Santiago
Lucía Carmen Isabel Pilar Dolores Mercedes Rosario Sofía Valeria Camila Ximena Paula Inés
Ivan Dmitri Sergei Alexei Nikolai Mikhail Vladimir Yuri Igor Oleg Anatoly Boris Dragan Milan
Olga Natalia Svetlana Tatiana Irina Ekaterina Anastasia Yulia Ludmila
Ahmed Mohammed Ali Omar Hassan Yusuf Ibrahim Mustafa Fatima Aisha Layla Zainab Amir Karim Tariq
Wei Li Ming Hiroshi Takeshi Kenji Yuki Haruto Sota Yuto Ren Hina Yui Sakura Aoi Miki Ken Kenta Daiki
Tom Tim Jim Ben
Sam Dan Nick Rob Mike Dave Steve Chris Matt Alex Josh Kate Jane Jill Beth Meg Liz Sue Ann Anne Annie
Isaac Owen Luke Caleb Isaiah Connor Evan Gavin Ian Jared Cole Blake Colin Trevor Derek Marcus Seth
Shane Travis Cody Dustin Todd Troy Brad Bradford Craig Darren Dexter Duncan Edgar Elliot Elliott Felipe Fabian
Gordon Graham Howard Hector Herbert Jake Jeffery Jesus Joel Jonah Julian Julius Kurt Leon Leonard
Lewis Lloyd Malcolm Marvin Maurice Mitchell Nathaniel Neil Nigel Norman Oliver Omar Quentin Ramon Randall
Reginald Ricardo Roberto Rodney Ronnie Ross Rudy Sergio Simon Spencer Stanley Stuart Theodore Tony Tristan
Vernon Wesley Zachary Zak Zack Dominic Damian Declan Rory Callum Conor Kieran Aiden Jayden Brayden Landon Carter Wyatt Levi Asher Ezra Silas Jasper Rowan Finn Eli Micah Hayden Glenn Lee Neal Floyd
Abby Adriana Alexa Alexandra Alexis Alicia Alison Allison Alyssa Angelica Angelina Annette Ariana Arianna
Audrey Bailey Bella Bethany Bianca Bonnie Brianna Bridget Brooke Caitlin Caitlyn Carla Carly Caroline
Cassandra Cassidy Charlene Claire Claudia Colleen Courtney Dana Daniela Darlene Delia Eleanor Eliza Ellen Ellie Elise Erica Erika Erin Esther Eva Eve Fiona Gabriela Gabrielle Genevieve Gina Gwendolyn Harriet Hayley Heidi Irene Isabel Jacquelyn Jamie Jasmine Jenna Jenny Jessie Jillian
Joanne Jocelyn Johanna Josephine Juliana Juliet Kaitlyn Katelyn Katie Kayla Kaylee Kelsey Kendra Kristen
Kristin Kylie Leah Leslie Lillian Lindsay Lindsey Lorraine Louise Lydia Mackenzie Madeline Makayla Marissa
Marjorie Melanie Melinda Meredith Miranda Molly Monica Morgan Naomi Nadia Nina Paige Pauline Penelope Peyton
Phoebe Priscilla Rachael Renee Rita Roberta Roxanne Sabrina Sadie Selena Serena Shannon Sheila
Sofia Stacy Stella Sylvia Tamara Tanya Tara Tiffany Tina Tracy Valerie Vanessa Vivian Wendy Yvonne
Avery Aria Scarlett Layla Nora Maya Naomi Quinn Sofie Katrine Mette Trine Leif Torben Bjarne Gustav Frederik Kristian Emilie Marie Hanna Johanne Ingeborg
Tomomi Akiko Yoko Keiko Naoko Kazuki Takumi Shota Ryota Hiroki Yusuke Daisuke Akira Satoshi Makoto
Fernanda Beatriz Mariana Larissa Thiago Matheus Rodrigo Gustavo Leonardo Vitor Raquel Patricio Andrés
Dmitry Andrei Pavel Maxim Anton Artem Nikita Kirill Daria Polina Ksenia Alina Marina Elena Vera
Agata Alicja Zuzanna Wiktoria Jakub Szymon Kacper Bartosz Dawid Wojciech Ivana Marija Ana Jelena Milica
Ahmad Khalid Hamza Yasmin Leila Samir Nadia Rania Mehmet Emre Ayşe Elif Zeynep Fatma Burak
Raj Rahul Arjun Priya Anjali Deepak Sanjay Vikram Sunita Pooja Ravi Amit Neha Kavya Rohan
Emil Emilia Viktor Viktoria Oskar Edvard Elias Hugo Axel Alva Elsa Signe Ebba Tove Vera Nora Dora
Rajesh Suresh Ramesh Mahesh Ganesh Dinesh Rakesh Mukesh Naresh Prakash Anil Sunil Vijay Ajay Manoj Ashok Sachin Nikhil
Rohit Varun Karan Aditya Siddharth Abhishek Arvind Harish Srinivas Venkat Lakshmi Divya Swati Shreya Meera Nisha Rekha
Aarav Vivaan Ananya Ishaan Saanvi Aisha Imran Farhan Asif Ayesha Fatima Zainab Bilal Usman Tariq
Minh Hoa Huong Thao Trang Linh Hanh Phuong Tuan Khanh Quan Thanh Ngoc Hieu Thuy
Jose Maria Juan Carlos Luis Miguel Ramon Rogelio Jocelyn Maricel Rowena Arnel Jericho
Budi Agus Dewi Putri Rizki Ahmad Wahyu Siti
Jiahao Yichen Haoran Zihan Xinyi Yuxuan Mingyu Ying Xiaoming Xiaoyu
Minjun Seojun Jiwoo Jisoo Seoyeon Jiyeon Minji Eunji Sooyoung Jihoon Dongwook Sungmin Youngho
`.split(/\s+/).filter((name, index, all) => name.length > 1 && all.indexOf(name) === index);

/** The list above, then the Moby Words II names it does not hold (en-given-names-moby.ts, generated). */
export const EN_GIVEN_NAMES: readonly string[] = [...new Set([...CURATED, ...MOBY_GIVEN_NAMES])];
